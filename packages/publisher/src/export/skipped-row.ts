/** A row an export left out, and why. */
export interface SkippedRow {
  /** The row's id, or `line N` of `accepted.jsonl`. */
  row: string;
  split: string;
  reason: string;
}
