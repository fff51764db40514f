import { type JsonValue, stringifyJson, type ToolExecutor } from "@apigen/core";
import type { CheckResult } from "../ast/check-result.js";
import type { BfclEntry } from "../data/load-bfcl-category.js";
import { evaluateAstEntry, evaluateRelevanceEntry, type ModelAnswer } from "../evaluate-entry.js";
import { evaluateBfclExecEntry } from "../exec/evaluate-bfcl-exec-entry.js";
import type { BfclExecEntry } from "../exec/load-bfcl-exec-category.js";
import { isRelevanceCategory } from "./bfcl-runnable-categories.js";

/**
 * How the runner asks: `prompt`, our prompt (Python call syntax); `xlam`, the xLAM prompt format (JSON tool
 * calls); `fc`, native function calling (the functions sent as `tools`, the calls read from the response).
 */
export type BfclRunMode = "prompt" | "xlam" | "fc";

/** An entry the runner can ask and score: an AST or relevance entry, or an executable one. */
export type RunnableEntry = BfclEntry | BfclExecEntry;

/** The answer as the checker reads it, from what the result file holds. */
export function answerOf(result: JsonValue, mode: BfclRunMode): ModelAnswer {
  if (mode === "fc") {
    return { format: "function-calling", output: result };
  }
  return {
    format: mode === "xlam" ? "xlam" : "python",
    output: typeof result === "string" ? result : stringifyJson(result),
  };
}

/**
 * Scores a model's answer for one entry: the executable checker for executable entries (through `executor`),
 * the relevance rules or the AST checker for the others. In `fc` mode names sent with `_` for `.` are mapped back.
 */
export async function evaluateAnswer({
  entry,
  result,
  mode,
  executor,
}: {
  entry: RunnableEntry;
  result: JsonValue;
  mode: BfclRunMode;
  executor: ToolExecutor | undefined;
}): Promise<CheckResult> {
  const answer = answerOf(result, mode);
  if ("groundTruth" in entry) {
    if (executor === undefined) {
      throw new TypeError(`${entry.category} needs a ToolExecutor: pass executor to runBfcl`);
    }
    return evaluateBfclExecEntry({ entry, answer, executor });
  }
  if (isRelevanceCategory(entry.category) || entry.expected === undefined) {
    return evaluateRelevanceEntry({ category: entry.category, answer });
  }
  return evaluateAstEntry({
    category: entry.category,
    docs: entry.docs,
    expected: entry.expected,
    answer,
    underscoreToDot: mode === "fc",
  });
}
