import type { QueryStyle } from "@apigen/core";

const categories: Record<QueryStyle, string> = {
  simple: "simple_python",
  multiple: "multiple",
  parallel: "parallel",
  parallel_multiple: "parallel_multiple",
  no_call: "irrelevance",
  missing_argument: "irrelevance",
};

/**
 * The BFCL category a query style is scored as: the four AST categories, and `irrelevance` (no call expected,
 * no possible-answer file) for no-call and missing-argument rows.
 */
export function bfclCategoryOf(style: QueryStyle): string {
  return categories[style];
}
