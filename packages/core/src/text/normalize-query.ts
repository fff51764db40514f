/**
 * The form two near-identical queries share, used wherever apigen asks whether two queries are the same one
 * (generation dedup, the publisher's splits, the contamination check): Unicode NFKC, lower case, apostrophes inside
 * words dropped (`what's` → `whats`), every other run of punctuation, symbols and white space one space, trimmed.
 *
 * @example
 * normalizeQuery("What's the  WEATHER, in São-Paulo?") // "whats the weather in são paulo"
 */
export function normalizeQuery(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’ʼ](?=[\p{L}\p{N}])/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
