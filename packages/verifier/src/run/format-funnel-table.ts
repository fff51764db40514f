import type { FunnelSummary } from "./summarize-funnel.js";

const percent = (count: number, total: number): string =>
  total === 0 ? "-" : `${((count / total) * 100).toFixed(1)}%`;

/**
 * Lays a funnel out as a plain-text table, one line per stage and one indented line per reason, ending with the
 * accepted count and the pass rate. Stages that stopped nothing and never ran are left out.
 *
 * @example
 * process.stdout.write(formatFunnelTable(summarizeFunnel(results)));
 */
export function formatFunnelTable(summary: FunnelSummary): string {
  const lines: [string, number][] = [["candidates", summary.total]];
  for (const [stage, { failed, reasons }] of Object.entries(summary.stages)) {
    if (stage === "semantic" && failed === 0) {
      continue;
    }
    lines.push([`failed ${stage}`, failed]);
    for (const [reason, count] of Object.entries(reasons)) {
      lines.push([`  ${reason}`, count]);
    }
  }
  lines.push(["accepted", summary.accepted]);
  const width = Math.max(...lines.map(([label]) => label.length));
  const digits = Math.max(...lines.map(([, count]) => String(count).length));
  const body = lines.map(
    ([label, count]) =>
      `${label.padEnd(width)}  ${String(count).padStart(digits)}  ${percent(count, summary.total).padStart(6)}`,
  );
  return `${body.join("\n")}\npass rate ${percent(summary.accepted, summary.total)}\n`;
}
