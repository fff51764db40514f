import { sizeCategory } from "./size-category.js";

/** One split of a data set and where its files are, relative to the repository root. */
export interface CardSplit {
  name: string;
  /** Rows in the split. */
  rows: number;
  /**
   * The split's files, a path or glob.
   * @default `data/<name>-*`
   */
  path?: string;
}

const quote = (value: string) => (/^[\w./*<>-]+$/.test(value) ? value : JSON.stringify(value));

/** The Hub's YAML front matter: license, task category, tags, size, and one `data_files` entry per split. */
export function renderFrontMatter({
  license,
  prettyName,
  splits,
}: {
  license: string;
  prettyName: string;
  splits: readonly CardSplit[];
}): string {
  const rows = splits.reduce((sum, split) => sum + split.rows, 0);
  const lines = [
    "---",
    `license: ${quote(license)}`,
    `pretty_name: ${JSON.stringify(prettyName)}`,
    "language:",
    "- en",
    "task_categories:",
    "- text-generation",
    "tags:",
    "- function-calling",
    "- tool-use",
    "- apigen",
    "- synthetic",
    "size_categories:",
    `- ${quote(sizeCategory(rows))}`,
    "configs:",
    "- config_name: default",
    "  data_files:",
    ...splits.flatMap((split) => [
      `  - split: ${quote(split.name)}`,
      `    path: ${quote(split.path ?? `data/${split.name}-*`)}`,
    ]),
    "---",
  ];
  return lines.join("\n");
}
