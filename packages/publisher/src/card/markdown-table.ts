/** A Markdown table; cells are escaped (`|` and line breaks). */
export function markdownTable(
  header: string[],
  rows: Array<Array<string | number>>,
  align?: string[],
): string {
  const cell = (value: string | number) => String(value).replaceAll("|", "\\|").replace(/\r?\n/g, " ");
  const lines = [
    `| ${header.map(cell).join(" | ")} |`,
    `| ${header.map((_, index) => align?.[index] ?? "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ];
  return lines.join("\n");
}

/** A share as a percentage with two decimals, e.g. `84.15%`. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(2)}%`;
}
