import type { JsonValue } from "@apigen/core";

/** BFCL's names for how a call's result is compared with the expected result (`execution_result_type`). */
export const executionMatchTypes = ["exact_match", "structural_match", "real_time_match"] as const;

/** One of {@link executionMatchTypes}. */
export type ExecutionMatchType = (typeof executionMatchTypes)[number];

/** BFCL's allowed relative difference for `real_time_match` (±20 %, `REAL_TIME_MATCH_ALLOWED_DIFFERENCE`). */
export const realTimeMatchTolerance = 0.2;

/**
 * How one call's result is compared with the expected one:
 * - `exact_match`: equal as Python's `==` sees it (`1 == 1.0`, key order free, list order kept);
 * - `structural_match`: the same JSON types, recursively: objects with the same keys, lists of the same length
 *   whose elements have the same structure (values free);
 * - `real_time_match`: the same structure, every number within `tolerance` of the expected one (relative),
 *   every other leaf equal; for values that move with time (prices, rates);
 * - `custom`: a rule of your own for one function (return a message to fail, `undefined` to pass).
 */
export type ExecutionMatch =
  | ExecutionMatchType
  | { type: "exact_match" | "structural_match" }
  | {
      type: "real_time_match";
      /** @default realTimeMatchTolerance (0.2) */
      tolerance?: number;
    }
  | {
      type: "custom";
      /** Returns why `actual` does not match, or `undefined` when it does. */
      check: (actual: JsonValue, expected: JsonValue) => string | undefined;
    };
