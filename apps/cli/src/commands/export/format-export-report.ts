import { relative } from "node:path";
import type { ExportReport } from "@apigen/publisher";

/** The lines `apigen export` and `apigen publish` print about what an export wrote. */
export function formatExportReport(
  report: ExportReport,
  { from = process.cwd() }: { from?: string } = {},
): string {
  const splits = Object.entries(report.rows);
  const lines = [
    `Exported ${report.total - report.skipped.count} of ${report.total} rows as ${report.format}:`,
    ...splits.map(([name, rows]) => `  ${name.padEnd(6)} ${rows} rows`),
  ];
  if (report.heldOut !== undefined) {
    lines.push(`Held out for test: ${report.heldOut.join(", ")}`);
  }
  lines.push("Files:", ...report.files.map((path) => `  ${relative(from, path) || path}`));
  if (report.skipped.count > 0) {
    lines.push(`Skipped ${report.skipped.count} rows the format cannot hold:`);
    lines.push(...report.skipped.rows.map((row) => `  ${row.row} (${row.split}): ${row.reason}`));
    if (report.skipped.count > report.skipped.rows.length) {
      lines.push(`  ... and ${report.skipped.count - report.skipped.rows.length} more`);
    }
  }
  return `${lines.join("\n")}\n`;
}
