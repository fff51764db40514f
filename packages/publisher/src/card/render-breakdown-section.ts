import type { FunnelCounts, RunStats } from "@apigen/core";
import { markdownTable, percent } from "./markdown-table.js";

const barWidth = 30;

/** Rows by query style and by category: tables of the funnel counts, and a text bar chart of categories. */
export function renderBreakdownSection(stats: RunStats): string {
  const styleRows = sorted(stats.byStyle).map(([style, counts]) => [
    style,
    counts.accepted,
    counts.generated,
    percent(counts.passRate),
  ]);
  const categories = sorted(stats.byCategory);
  const widest = Math.max(1, ...categories.map(([, counts]) => counts.accepted));
  const label = Math.max(8, ...categories.map(([name]) => name.length));
  const bars = categories.map(([name, counts]) => {
    const length = Math.round((counts.accepted / widest) * barWidth);
    return `${name.padEnd(label)} ${"█".repeat(length)}${length === 0 ? "" : " "}${counts.accepted}`;
  });
  const align = ["---", "---:", "---:", "---:"];
  return [
    "## Rows by query style",
    markdownTable(["style", "verified", "generated", "pass rate"], styleRows, align),
    "## Rows by category",
    markdownTable(
      ["category", "verified", "generated", "pass rate"],
      categories.map(([name, counts]) => [name, counts.accepted, counts.generated, percent(counts.passRate)]),
      align,
    ),
    categories.length === 0 ? "" : `\`\`\`text\n${bars.join("\n")}\n\`\`\``,
  ]
    .filter((part) => part !== "")
    .join("\n\n");
}

function sorted(record: Record<string, FunnelCounts>): Array<[string, FunnelCounts]> {
  return Object.entries(record).sort(
    (left, right) => right[1].accepted - left[1].accepted || left[0].localeCompare(right[0]),
  );
}
