import type { ExecutionOutcome, JsonValue, ToolCall } from "@apigen/core";
import { stringifyJson } from "@apigen/core";
import { type CheckResult, failed, passed } from "../ast/check-result.js";
import type { ExecutionMatch } from "./execution-match.js";
import { matchExecutionResult } from "./match-execution-result.js";

/** A model's call and how running it ended. */
export interface ExecutedCall {
  call: ToolCall;
  outcome: ExecutionOutcome;
}

/** A ground-truth call, its result, and how a model's result is compared with it. */
export interface ExpectedExecution {
  call: ToolCall;
  output: JsonValue;
  match: ExecutionMatch;
}

/** Options of {@link checkExecutedCalls}. */
export interface CheckExecutedCallsOptions {
  /** The model's calls, run, in the model's order. */
  executed: readonly ExecutedCall[];
  expected: readonly ExpectedExecution[];
  /**
   * Order-free greedy matching of results (BFCL's `executable_checker_parallel_no_order`); otherwise exactly
   * one call is expected (`simple_exec_checker:wrong_count`).
   */
  parallel: boolean;
}

/** A call as Python-like text for messages: `name(key=value, ...)`. */
export function formatCall({ name, arguments: args }: ToolCall): string {
  const text = Object.entries(args)
    .map(([key, value]) => `${key}=${stringifyJson(value)}`)
    .join(", ");
  return `${name}(${text})`;
}

/**
 * BFCL's executable checker on calls already run: a call that failed is `executable_checker:execution_error`;
 * one call (`simple_exec_checker:wrong_count` otherwise) or, in parallel, as many as expected
 * (`value_error:exec_result_count`) matched greedily, each expected result with the first unmatched model
 * result that passes its rule (`executable_checker:cannot_find_match`, with the candidates' errors).
 */
export function checkExecutedCalls({ executed, expected, parallel }: CheckExecutedCallsOptions): CheckResult {
  for (const { call, outcome } of executed) {
    if (outcome.status !== "ok") {
      return failed(
        "executable_checker:execution_error",
        `Error in execution: ${formatCall(call)} ended with ${outcome.status}: ${outcome.message}`,
      );
    }
  }
  const outputs = executed.map(({ call, outcome }) => ({
    call,
    output: outcome.status === "ok" ? outcome.output : null,
  }));
  if (!parallel) {
    const [only] = outputs;
    const [wanted] = expected;
    if (only === undefined || wanted === undefined || outputs.length !== 1 || expected.length !== 1) {
      return failed("simple_exec_checker:wrong_count", "Wrong number of functions provided.");
    }
    return matchExecutionResult({
      actual: only.output,
      expected: wanted.output,
      match: wanted.match,
      call: formatCall(only.call),
    });
  }
  if (outputs.length !== expected.length) {
    return failed(
      "value_error:exec_result_count",
      `Wrong number of functions provided. Expected ${expected.length}, but got ${outputs.length}.`,
    );
  }
  const used = new Set<number>();
  for (const wanted of expected) {
    const errors: string[] = [];
    const found = outputs.findIndex((candidate, index) => {
      if (used.has(index)) {
        return false;
      }
      const verdict = matchExecutionResult({
        actual: candidate.output,
        expected: wanted.output,
        match: wanted.match,
        call: formatCall(candidate.call),
      });
      errors.push(...verdict.error);
      return verdict.valid;
    });
    if (found === -1) {
      return {
        valid: false,
        errorType: "executable_checker:cannot_find_match",
        error: [
          `Could not find a matching function among index ${[...outputs.keys()].filter((index) => !used.has(index)).join(", ")} of model output for ${formatCall(wanted.call)}.`,
          ...errors,
        ],
      };
    }
    used.add(found);
  }
  return passed;
}
