import { type JsonValue, jsonNumberValue, stringifyJson } from "@apigen/core";
import { type CheckResult, failed, passed } from "../ast/check-result.js";
import { pythonEquals } from "../python/python-value.js";
import { type ExecutionMatch, realTimeMatchTolerance } from "./execution-match.js";
import { type StructuralMismatch, structuralMismatch } from "./structural-mismatch.js";

/** Options of {@link matchExecutionResult}. */
export interface MatchExecutionResultOptions {
  /** What the model's call returned. */
  actual: JsonValue;
  /** What the ground-truth call returned. */
  expected: JsonValue;
  /** @default "exact_match" */
  match?: ExecutionMatch;
  /** The call, as text, for the messages. */
  call?: string;
}

const show = (value: JsonValue) => {
  const text = stringifyJson(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
};

function withinTolerance(tolerance: number) {
  return (actual: unknown, expected: unknown, path: string): StructuralMismatch | undefined => {
    const actualNumber = jsonNumberValue(actual);
    const expectedNumber = jsonNumberValue(expected);
    if (actualNumber !== undefined && expectedNumber !== undefined) {
      const low = expectedNumber * (1 - tolerance);
      const high = expectedNumber * (1 + tolerance);
      return actualNumber >= Math.min(low, high) && actualNumber <= Math.max(low, high)
        ? undefined
        : {
            errorType: "executable_checker:wrong_result_real_time",
            message: `${path}: ${actualNumber} is not within ${tolerance * 100}% of ${expectedNumber}`,
          };
    }
    return pythonEquals(actual, expected)
      ? undefined
      : {
          errorType: "executable_checker:wrong_result_real_time",
          message: `${path}: expected ${show(expected as JsonValue)}, got ${show(actual as JsonValue)}`,
        };
  };
}

/**
 * Compares one call's result with the expected result as BFCL's executable checker did: `exact_match` fails
 * with `executable_checker:wrong_result`, `real_time_match` with `executable_checker:wrong_result_real_time`,
 * `structural_match` with `executable_checker:wrong_result_type` (or its `:dict_key_not_found`,
 * `:dict_extra_key`, `:list_length` refinements). Structure is compared recursively.
 *
 * @example
 * matchExecutionResult({ actual: { rate: 0.93 }, expected: { rate: 0.92 }, match: "real_time_match" }) // valid
 */
export function matchExecutionResult({
  actual,
  expected,
  match = "exact_match",
  call = "the call",
}: MatchExecutionResultOptions): CheckResult {
  const rule = typeof match === "string" ? { type: match } : match;
  let mismatch: StructuralMismatch | undefined;
  switch (rule.type) {
    case "exact_match":
      if (!pythonEquals(actual, expected)) {
        mismatch = {
          errorType: "executable_checker:wrong_result",
          message: `expected ${show(expected)}, got ${show(actual)}`,
        };
      }
      break;
    case "structural_match":
      mismatch = structuralMismatch(actual, expected);
      break;
    case "real_time_match":
      mismatch = structuralMismatch(
        actual,
        expected,
        withinTolerance(
          "tolerance" in rule ? (rule.tolerance ?? realTimeMatchTolerance) : realTimeMatchTolerance,
        ),
      );
      break;
    case "custom": {
      const message = rule.check(actual, expected);
      mismatch =
        message === undefined ? undefined : { errorType: "executable_checker:wrong_result", message };
      break;
    }
  }
  return mismatch === undefined
    ? passed
    : failed(mismatch.errorType, `Wrong execution result for ${call}: ${mismatch.message}.`);
}
