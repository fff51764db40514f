import type { Example, StringifyJsonOptions } from "@apigen/core";

/** What the JSON sinks take: the file to write, how a row becomes a record, and how to serialise it. */
export interface JsonRecordSinkOptions {
  /** The file to write; its folder is created. */
  path: string;
  /** Converts one row, with its index in the split, to the record written. */
  toRecord: (example: Example, index: number) => unknown;
  /** Serialisation options; no indentation, so each record stays on one line. */
  stringify?: Omit<StringifyJsonOptions, "indent">;
}
