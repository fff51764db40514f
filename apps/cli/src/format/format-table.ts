/**
 * Plain-text columns: each cell padded to its column's width, text left-aligned, columns listed in
 * `right` right-aligned, two spaces between columns, every line indented by `indent` and stripped of trailing
 * spaces.
 */
export function formatTable({
  rows,
  right = [],
  indent = "  ",
}: {
  rows: readonly (readonly string[])[];
  right?: readonly number[];
  indent?: string;
}): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    `${indent}${row
      .map((cell, column) =>
        right.includes(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join("  ")}`.trimEnd(),
  );
}
