import type { Example, JsonValue, ToolCall, ToolExecutor } from "@apigen/core";
import { type CheckResult, failed, passed } from "../ast/check-result.js";
import { checkExecutedCalls, type ExpectedExecution, formatCall } from "./check-executed-calls.js";
import { executeCalls } from "./execute-calls.js";
import type { ExecutionMatch } from "./execution-match.js";
import { GroundTruthExecutionError } from "./ground-truth-execution-error.js";

/** Options of {@link evaluateExecutableExample}. */
export interface EvaluateExecutableExampleOptions {
  /** A held-out row, with `provenance.executions` holding the results of its ground-truth calls. */
  example: Example;
  /** What the model answered, already decoded into calls. */
  modelCalls: readonly ToolCall[];
  /** Runs the model's calls (and the ground truth, with `rerunGroundTruth`). */
  executor: ToolExecutor;
  /**
   * How results are compared: one rule for every call, or a rule per ground-truth call (e.g. by tool name:
   * `real_time_match` for quotes and rates).
   * @default "exact_match"
   */
  match?: ExecutionMatch | ((call: ToolCall) => ExecutionMatch);
  /**
   * Run the ground-truth calls again instead of using the recorded results, for tools whose results change
   * with time.
   * @default false
   */
  rerunGroundTruth?: boolean;
  /** Limit of each call. */
  timeoutMs?: number;
  abortSignal?: AbortSignal;
}

async function expectedOutputs({
  example,
  executor,
  rerunGroundTruth,
  options,
}: {
  example: Example;
  executor: ToolExecutor;
  rerunGroundTruth: boolean;
  options: { timeoutMs?: number; abortSignal?: AbortSignal };
}): Promise<JsonValue[]> {
  if (rerunGroundTruth) {
    const executed = await executeCalls({ calls: example.answers, executor, options });
    return executed.map(({ call, outcome }) => {
      if (outcome.status !== "ok") {
        throw new GroundTruthExecutionError({
          entryId: example.id,
          call: formatCall(call),
          reason: `it ended with ${outcome.status}: ${outcome.message}`,
        });
      }
      return outcome.output;
    });
  }
  const records = example.provenance?.executions ?? [];
  return example.answers.map((call, index) => {
    const record = records.find((candidate) => candidate.call === index);
    const problem =
      record === undefined
        ? "no result is recorded in provenance.executions (pass rerunGroundTruth: true to run it)"
        : record.status !== "ok"
          ? `its recorded run ended with ${record.status}`
          : record.truncated === true || record.output === undefined
            ? "its recorded result is truncated or empty (pass rerunGroundTruth: true to run it)"
            : undefined;
    if (problem !== undefined || record?.output === undefined) {
      throw new GroundTruthExecutionError({
        entryId: example.id,
        call: formatCall(call),
        reason: problem ?? "",
      });
    }
    return record.output;
  });
}

/**
 * Scores a model's answer to one of our own held-out rows by running its calls and comparing their results with
 * those of the row's ground truth (recorded in `provenance.executions`, or run again): one expected call must
 * get exactly one model call; several are matched order-free, as BFCL's executable checker did. A row with no
 * call passes only when the model made none (`executable_checker:wrong_count`). Throws a
 * {@link GroundTruthExecutionError} when the ground truth has no usable result.
 *
 * @example
 * const verdict = await evaluateExecutableExample({ example, modelCalls, executor, match: "exact_match" });
 * // { valid: false, errorType: "executable_checker:wrong_result", error: [...] }
 */
export async function evaluateExecutableExample({
  example,
  modelCalls,
  executor,
  match = "exact_match",
  rerunGroundTruth = false,
  timeoutMs,
  abortSignal,
}: EvaluateExecutableExampleOptions): Promise<CheckResult> {
  const options = {
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(abortSignal === undefined ? {} : { abortSignal }),
  };
  if (example.answers.length === 0) {
    return modelCalls.length === 0
      ? passed
      : failed("executable_checker:wrong_count", "The row expects no call, but the model made some.");
  }
  const outputs = await expectedOutputs({ example, executor, rerunGroundTruth, options });
  const expected: ExpectedExecution[] = example.answers.map((call, index) => ({
    call,
    output: outputs[index] ?? null,
    match: typeof match === "function" ? match(call) : match,
  }));
  const executed = await executeCalls({ calls: modelCalls, executor, options });
  return checkExecutedCalls({ executed, expected, parallel: expected.length > 1 });
}
