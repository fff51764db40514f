import type { RunStats } from "@apigen/core";
import { markdownTable, percent } from "./markdown-table.js";

/**
 * The verification funnel as the APIGen paper's Table 1 (generator, verified, failures by stage, pass rate),
 * plus duplicates and the most frequent rejection reasons.
 */
export function renderFunnelSection(stats: RunStats): string {
  const { funnel } = stats;
  const table = markdownTable(
    [
      "generator",
      "generated",
      "verified",
      "fail format",
      "fail execution",
      "fail semantic",
      "duplicates",
      "pass rate",
    ],
    [
      [
        stats.usage.generator.model,
        funnel.generated,
        funnel.accepted,
        funnel.failed.format,
        funnel.failed.execution,
        funnel.failed.semantic,
        funnel.failed.duplicate,
        percent(funnel.passRate),
      ],
    ],
    ["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
  );
  const reasons = Object.entries(funnel.reasons)
    .sort((left, right) => right[1] - left[1])
    .slice(0, 10);
  const reasonTable =
    reasons.length === 0
      ? ""
      : `\n\nMost frequent rejection reasons (\`stage/reason\`):\n\n${markdownTable(["reason", "rows"], reasons, ["---", "---:"])}`;
  return (
    "## Verification funnel\n\n" +
    "Every generated candidate ends in exactly one column: verified (kept) or failed at one stage. " +
    "The columns follow Table 1 of the APIGen paper.\n\n" +
    table +
    reasonTable
  );
}
