import type { BfclFunction, ExpectedCall } from "@apigen/core";
import { type CheckResult, failed, passed } from "./check-result.js";
import {
  type DecodedCall,
  type FunctionCheckOptions,
  simpleFunctionChecker,
} from "./simple-function-checker.js";

function findDoc(docs: readonly BfclFunction[], name: string): BfclFunction {
  const doc = docs.find((candidate) => candidate.name === name);
  if (doc === undefined) {
    throw new TypeError(
      `The ground truth calls ${JSON.stringify(name)}, which no function doc of the entry defines`,
    );
  }
  return doc;
}

/**
 * Parallel categories: as many calls as the ground truth, matched greedily in ground-truth order to the first
 * unmatched model call that passes, with no backtracking (as the official checker does).
 */
export function parallelFunctionCheckerNoOrder(
  docs: readonly BfclFunction[],
  calls: readonly DecodedCall[],
  expected: readonly ExpectedCall[],
  options: FunctionCheckOptions,
): CheckResult {
  if (calls.length !== expected.length) {
    return failed("parallel_function_checker_no_order:wrong_count", "Wrong number of functions.");
  }
  const matched = new Set<number>();
  for (const answer of expected) {
    const doc = findDoc(docs, answer.name);
    let found = false;
    for (const [index, call] of calls.entries()) {
      if (matched.has(index)) {
        continue;
      }
      if (simpleFunctionChecker(doc, call, answer, options).valid) {
        matched.add(index);
        found = true;
        break;
      }
    }
    if (!found) {
      return failed(
        "parallel_function_checker_no_order:cannot_find_match",
        `Could not find a matching function among index ${[...matched].join(", ")} of model output for index ${expected.indexOf(answer)} of possible answers.`,
      );
    }
  }
  return passed;
}

/** Multiple categories: exactly one call, checked against the doc the ground truth names. */
export function multipleFunctionChecker(
  docs: readonly BfclFunction[],
  calls: readonly DecodedCall[],
  expected: readonly ExpectedCall[],
  options: FunctionCheckOptions,
): CheckResult {
  if (calls.length !== expected.length) {
    return failed("multiple_function_checker:wrong_count", "Wrong number of functions.");
  }
  const [answer] = expected;
  const [call] = calls;
  if (answer === undefined || call === undefined) {
    return passed;
  }
  return simpleFunctionChecker(findDoc(docs, answer.name), call, answer, options);
}
