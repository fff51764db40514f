import type { Example } from "@apigen/core";

/** Where an export writes one split's rows. */
export interface RowSink {
  /**
   * Converts and writes one row. A row the format cannot hold throws a `ConversionError` before anything is
   * written, so the caller can skip and count it.
   */
  write(example: Example, index: number): Promise<void>;
  /** Finishes the files and returns their paths. */
  close(): Promise<string[]>;
  /** Rows written. */
  readonly count: number;
}
