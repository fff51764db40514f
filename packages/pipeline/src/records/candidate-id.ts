/**
 * The id of a candidate: the prompt index zero-padded to 6 digits, a dot, the 1-based candidate number.
 *
 * @example
 * candidateId({ prompt: 123, candidate: 2 }) // "000123.2"
 */
export function candidateId({ prompt, candidate }: { prompt: number; candidate: number }): string {
  return `${String(prompt).padStart(6, "0")}.${candidate}`;
}
