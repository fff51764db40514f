import type { Example, RunStats } from "@apigen/core";
import { apigenCitation } from "./apigen-citation.js";
import { markdownTable } from "./markdown-table.js";
import { renderBreakdownSection } from "./render-breakdown-section.js";
import { renderExamplesSection } from "./render-examples-section.js";
import { type CardSplit, renderFrontMatter } from "./render-front-matter.js";
import { renderFunnelSection } from "./render-funnel-section.js";

/** Options of {@link renderDatasetCard}. */
export interface RenderDatasetCardOptions {
  /**
   * The data set's license (a Hub license id).
   * @default "cc-by-4.0"
   */
  license?: string;
  /**
   * The title of the card.
   * @default "apigen function-calling data set"
   */
  title?: string;
  /** The splits and their row counts; by default one `train` split with every verified row. */
  splits?: readonly CardSplit[];
  /** The tools or categories held out for `test`, to state on the card. */
  heldOut?: { kind: string; names: readonly string[] };
}

const columns = markdownTable(
  ["column", "holds"],
  [
    ["id", "row id (string)"],
    ["query", "the user's request"],
    ["tools", "JSON text: the tools offered, `{name, description, parameters}` with JSON Schema parameters"],
    ["answers", "JSON text: the calls, `[{name, arguments}]` (empty for no-call and missing-argument rows)"],
    ["style", "simple, multiple, parallel, parallel_multiple, no_call or missing_argument"],
    ["category", "the tools' category"],
    ["response", "the assistant's words of a no-call or missing-argument row"],
    ["thought", "the generator's reasoning, where it gave one"],
    ["generator_model, judge_model, prompt_id, seed", "provenance of the row"],
    ["executions", "JSON text: the result of running each call (outputs may be truncated)"],
    ["verdicts", "JSON text: the verdict of each verification stage"],
    ["created_at", "when the row was accepted (ISO 8601)"],
  ],
);

/**
 * Renders the data set card (`README.md`) of a run: Hub YAML front matter, how the data was made, the
 * verification funnel, counts by style and category with a chart, one example per style, known limits and the
 * APIGen citation. Everything comes from `stats` and `samples`; no secret is ever passed in.
 *
 * @example
 * const card = renderDatasetCard(await readRunStats(runDir), samples, { splits: [{ name: "train", rows: 900 }] });
 */
export function renderDatasetCard(
  stats: RunStats,
  samples: readonly Example[],
  {
    license = "cc-by-4.0",
    title = "apigen function-calling data set",
    splits,
    heldOut,
  }: RenderDatasetCardOptions = {},
): string {
  const parts = splits ?? [{ name: "train", rows: stats.funnel.accepted }];
  const rows = parts.reduce((sum, split) => sum + split.rows, 0);
  const settings = Object.entries(stats.settings).map(([name, value]) => [name, String(value)]);
  const made = [
    `- Generator model: \`${stats.usage.generator.model}\``,
    `- Judge model: ${stats.usage.judge === undefined ? "none (stages 1 and 2 only)" : `\`${stats.usage.judge.model}\``}`,
    `- Tool sources:${stats.sources.length === 0 ? " not recorded" : ""}`,
    ...stats.sources.map((source) => `  - ${source}`),
    `- Seed: ${stats.seed}`,
    `- Run status: ${stats.status}, started ${stats.timing.startedAt}, last updated ${stats.timing.updatedAt}`,
  ];
  const splitLines = parts.map((split) => `- \`${split.name}\`: ${split.rows} rows`);
  if (heldOut !== undefined) {
    splitLines.push(`- Held out for \`test\` (whole ${heldOut.kind}s): ${heldOut.names.join(", ")}`);
  }
  return [
    renderFrontMatter({ license, prettyName: title, splits: parts }),
    `# ${title}`,
    `${rows} function-calling rows made with apigen, an implementation of the APIGen pipeline ` +
      "([Liu et al., 2024](https://arxiv.org/abs/2406.18518)): each row passed a strict format check and real " +
      `execution of its calls${stats.usage.judge === undefined ? "" : ", and was judged by a second model"}.`,
    "## How it was made",
    made.join("\n"),
    settings.length === 0 ? "" : markdownTable(["setting", "value"], settings),
    renderFunnelSection(stats),
    renderBreakdownSection(stats),
    "## Splits",
    splitLines.join("\n"),
    "## Columns",
    columns,
    renderExamplesSection(samples),
    "## Known limits",
    [
      "- The semantic check is an LLM judge: it can be wrong, in both directions. The paper's human review of its own",
      "  data found about 95% of rows correct.",
      "- Queries are synthetic: written by the generator model, not by users. They may sound alike and miss how",
      "  people really ask.",
      "- The tools are those listed above; a model trained on this data has seen only them. Execution results may",
      "  come from simulated services.",
      `- Licensed ${license}; check the licenses of the tools and of the models' outputs before reuse.`,
    ].join("\n"),
    "## Citation",
    "This data set follows the method of the APIGen paper:",
    `\`\`\`bibtex\n${apigenCitation}\n\`\`\``,
  ]
    .filter((part) => part !== "")
    .join("\n\n")
    .concat("\n");
}
