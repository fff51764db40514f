import type { ToolCall, ToolExecutor } from "@apigen/core";
import { type CheckResult, failed } from "../ast/check-result.js";
import { isEmptyOutput, isFunctionCallingFormat } from "../decode/decode-model-output.js";
import { decodeModelAnswer, type ModelAnswer } from "../evaluate-entry.js";
import { checkExecutedCalls, formatCall } from "./check-executed-calls.js";
import { executeCalls } from "./execute-calls.js";
import { GroundTruthExecutionError } from "./ground-truth-execution-error.js";
import type { BfclExecEntry } from "./load-bfcl-exec-category.js";
import { decodedCallsToToolCalls } from "./python-to-json.js";

/** Options of {@link evaluateBfclExecEntry}. */
export interface EvaluateBfclExecEntryOptions {
  entry: BfclExecEntry;
  /** The model's answer; function names sent with `_` for `.` are mapped back to the entry's names. */
  answer: ModelAnswer;
  /** Runs the ground truth and the model's calls; it must implement the entry's functions. */
  executor: ToolExecutor;
  timeoutMs?: number;
  abortSignal?: AbortSignal;
}

/** Decodes an answer into calls, or the executable decoder's verdict when it cannot. */
export function decodeExecAnswer(
  answer: ModelAnswer,
  names: readonly string[],
): { calls: ToolCall[] } | { verdict: CheckResult } {
  let decoded: unknown;
  try {
    decoded = decodeModelAnswer(answer);
  } catch (error) {
    return {
      verdict: failed(
        "executable_decoder:decoder_failed",
        `Failed to decode executable. ${error instanceof Error ? error.message : String(error)}`,
      ),
    };
  }
  if (!isFunctionCallingFormat(decoded) || isEmptyOutput(decoded)) {
    return {
      verdict: failed(
        "executable_decoder:wrong_output_format",
        "Did not output in the specified format. Note: the model_result is wrapped in a string to ensure json serializability.",
      ),
    };
  }
  const byToolName = new Map(names.map((name) => [name.replaceAll(".", "_"), name]));
  return {
    calls: decodedCallsToToolCalls(decoded).map((call) => ({
      ...call,
      name: names.includes(call.name) ? call.name : (byToolName.get(call.name) ?? call.name),
    })),
  };
}

/**
 * Scores an answer to one of BFCL's executable entries as the retired executable checker did: decode
 * (`executable_decoder:*`), run the ground truth and the model's calls through the executor, and compare each
 * result by the entry's `execution_result_type`. Categories named "multiple" or "parallel" are matched
 * order-free; the others need exactly one call. Throws a `GroundTruthExecutionError` when the ground truth fails.
 *
 * @example
 * const verdict = await evaluateBfclExecEntry({ entry, answer: { format: "python", output: text }, executor });
 */
export async function evaluateBfclExecEntry({
  entry,
  answer,
  executor,
  timeoutMs,
  abortSignal,
}: EvaluateBfclExecEntryOptions): Promise<CheckResult> {
  const decoded = decodeExecAnswer(
    answer,
    entry.docs.map((doc) => doc.name),
  );
  if ("verdict" in decoded) {
    return decoded.verdict;
  }
  const options = {
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(abortSignal === undefined ? {} : { abortSignal }),
  };
  const truth = await executeCalls({ calls: entry.groundTruth, executor, options });
  const expected = truth.map(({ call, outcome }, index) => {
    if (outcome.status !== "ok") {
      throw new GroundTruthExecutionError({
        entryId: entry.id,
        call: formatCall(call),
        reason: `it ended with ${outcome.status}: ${outcome.message}`,
      });
    }
    return { call, output: outcome.output, match: entry.resultTypes[index] ?? "exact_match" };
  });
  const executed = await executeCalls({ calls: decoded.calls, executor, options });
  const parallel = entry.category.includes("multiple") || entry.category.includes("parallel");
  return checkExecutedCalls({ executed, expected, parallel });
}
