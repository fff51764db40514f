import type { Result } from "@apigen/core";
import { ExportError } from "../errors/export-error.js";

/** How rows are split: the share of the data set that goes to `test`; the rest is `train`. */
export interface SplitSpec {
  /** In (0, 1). */
  test: number;
}

/**
 * Reads a split given on a command line: `test=0.1`, or `train=0.9,test=0.1` (shares that add up to 1).
 *
 * @example
 * parseSplitSpec("test=0.1") // { success: true, value: { test: 0.1 } }
 */
export function parseSplitSpec(text: string): Result<SplitSpec, ExportError> {
  const shares = new Map<string, number>();
  for (const part of text.split(",")) {
    const match = /^\s*(train|test)\s*=\s*(\d*\.?\d+)\s*$/.exec(part);
    if (match?.[1] === undefined || match[2] === undefined || shares.has(match[1])) {
      return failure(`cannot read the split "${text}": write test=0.1 or train=0.9,test=0.1`);
    }
    shares.set(match[1], Number(match[2]));
  }
  const test = shares.get("test") ?? 1 - (shares.get("train") ?? 1);
  const train = shares.get("train") ?? 1 - test;
  if (!(test > 0 && test < 1) || Math.abs(train + test - 1) > 1e-9) {
    return failure(`the split "${text}" must give test a share between 0 and 1 (and train + test = 1)`);
  }
  return { success: true, value: { test } };
}

function failure(message: string): Result<SplitSpec, ExportError> {
  return { success: false, error: new ExportError({ kind: "invalid_split", message }) };
}
