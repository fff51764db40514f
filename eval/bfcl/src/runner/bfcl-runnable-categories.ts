import { bfclExecCategories } from "../exec/load-bfcl-exec-category.js";

/**
 * The single-turn categories the runner can ask and score: the AST categories, the relevance ones, and the
 * retired executable ones (scored through a `ToolExecutor`, on the entries whose functions it implements).
 */
export const bfclRunnableCategories = [
  "simple_python",
  "simple_java",
  "simple_javascript",
  "multiple",
  "parallel",
  "parallel_multiple",
  "live_simple",
  "live_multiple",
  "live_parallel",
  "live_parallel_multiple",
  "irrelevance",
  "live_irrelevance",
  "live_relevance",
  ...bfclExecCategories,
] as const;

const relevance = new Set(["irrelevance", "live_irrelevance", "live_relevance"]);
const executable: ReadonlySet<string> = new Set(bfclExecCategories);

/** True for the categories scored by relevance rules (no possible answers). */
export function isRelevanceCategory(category: string): boolean {
  return relevance.has(category);
}

/** True for BFCL's retired executable categories. */
export function isExecCategory(category: string): boolean {
  return executable.has(category);
}

/** True for the categories that have a `possible_answer/` file. */
export function categoryHasAnswers(category: string): boolean {
  return !relevance.has(category);
}
