import type { BfclScores } from "../score/score-categories.js";

/** One model's column in a score table. */
export interface ScoreColumn {
  model: string;
  scores: BfclScores;
}

const summaryRows: ReadonlyArray<[label: string, key: Exclude<keyof BfclScores, "categories">]> = [
  ["Non-Live Simple AST", "nonLiveSimpleAst"],
  ["Non-Live AST", "nonLiveAst"],
  ["Live", "live"],
  ["Irrelevance Detection", "irrelevanceDetection"],
  ["Relevance Detection", "relevanceDetection"],
  ["Multi-Turn", "multiTurn"],
  ["Web Search", "webSearch"],
  ["Memory", "memory"],
  ["Agentic", "agentic"],
  ["Overall", "overall"],
];

/** Percent with two decimals; a missing value is "–", never 0. */
export function formatAccuracy(value: number | undefined): string {
  return value === undefined ? "–" : value.toFixed(2);
}

/**
 * A plain-text table: one row per scored category (those scored by at least one model), then the leaderboard's
 * summary columns as rows; one column per model. Missing values read "–".
 *
 * @example
 * formatScoreTable([{ model: "xlam-1b", scores }]);
 */
export function formatScoreTable(columns: readonly ScoreColumn[]): string {
  const categories = [
    ...new Set(
      columns.flatMap(({ scores }) =>
        Object.entries(scores.categories)
          .filter(([, value]) => value !== undefined)
          .map(([category]) => category),
      ),
    ),
  ];
  const rows: string[][] = [
    ["CATEGORY", ...columns.map(({ model }) => model)],
    ...categories.map((category) => [
      category,
      ...columns.map(({ scores }) => formatAccuracy(scores.categories[category])),
    ]),
    ["", ...columns.map(() => "")],
    ...summaryRows.map(([label, key]) => [
      label,
      ...columns.map(({ scores }) => formatAccuracy(scores[key])),
    ]),
  ];
  const widths = rows[0]?.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, index) =>
          index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
        )
        .join("  ")
        .trimEnd(),
    )
    .join("\n")
    .concat("\n");
}
