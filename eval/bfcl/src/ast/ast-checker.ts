import type { BfclFunction, ExpectedCall } from "@apigen/core";
import { type CheckResult, failed } from "./check-result.js";
import { multipleFunctionChecker, parallelFunctionCheckerNoOrder } from "./function-checkers.js";
import { type BfclLanguage, type DecodedCall, simpleFunctionChecker } from "./simple-function-checker.js";

/** The typing rules a category uses: Java for `*java*` (not JavaScript), JavaScript for `*javascript*`. */
export function languageOfCategory(category: string): BfclLanguage {
  if (category.includes("javascript")) {
    return "javascript";
  }
  return category.includes("java") ? "java" : "python";
}

/** Options of {@link astChecker}. */
export interface AstCheckerOptions {
  /** The entry's function docs, as BFCL writes them. */
  docs: readonly BfclFunction[];
  /** The decoded model output: a list of one-key objects. */
  calls: readonly DecodedCall[];
  /** The ground truth. */
  expected: readonly ExpectedCall[];
  /** The test category (or, for format sensitivity, the original entry id): it routes as the official checker does. */
  category: string;
  /** The model was sent names with `.` replaced by `_`. @default false */
  underscoreToDot?: boolean;
}

/**
 * BFCL's AST checker: routes by category name ("parallel" → order-free matching, "multiple" → one call from
 * several docs, otherwise exactly one call) and returns the official verdict and error type.
 */
export function astChecker({
  docs,
  calls,
  expected,
  category,
  underscoreToDot = false,
}: AstCheckerOptions): CheckResult {
  const options = { language: languageOfCategory(category), underscoreToDot };
  if (category.includes("parallel")) {
    return parallelFunctionCheckerNoOrder(docs, calls, expected, options);
  }
  if (category.includes("multiple")) {
    return multipleFunctionChecker(docs, calls, expected, options);
  }
  const [doc] = docs;
  const [call] = calls;
  const [answer] = expected;
  if (calls.length !== 1 || doc === undefined || call === undefined || answer === undefined) {
    return failed("simple_function_checker:wrong_count", "Wrong number of functions.");
  }
  return simpleFunctionChecker(doc, call, answer, options);
}
