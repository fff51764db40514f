/** One result of checking a job before it runs: an error blocks the launch, a warning or notice does not. */
export interface Finding {
  /** Stable kebab-case code, e.g. `memory-exceeded`, `context-exceeded`, `token-missing`. */
  code: string;
  /** What is wrong and what to do about it. */
  message: string;
  /** The spec field concerned, dotted (`data.maxLength`), where there is one. */
  path?: string;
}
