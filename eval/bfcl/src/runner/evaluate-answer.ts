import type { CheckResult } from "../ast/check-result.js";
import type { BfclEntry } from "../data/load-bfcl-category.js";
import { evaluateAstEntry, evaluateRelevanceEntry } from "../evaluate-entry.js";
import { isRelevanceCategory } from "./bfcl-runnable-categories.js";

/** How the runner asked: our prompt (Python call syntax) or the xLAM prompt format (JSON tool calls). */
export type BfclRunMode = "prompt" | "xlam";

/** Scores a model's raw text for one entry with the AST checker or the relevance rules. */
export function evaluateAnswer({
  entry,
  text,
  mode,
}: {
  entry: BfclEntry;
  text: string;
  mode: BfclRunMode;
}): CheckResult {
  const answer = { format: mode === "xlam" ? ("xlam" as const) : ("python" as const), output: text };
  if (isRelevanceCategory(entry.category) || entry.expected === undefined) {
    return evaluateRelevanceEntry({ category: entry.category, answer });
  }
  return evaluateAstEntry({ category: entry.category, docs: entry.docs, expected: entry.expected, answer });
}
