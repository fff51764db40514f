import { type Example, queryStyles, stringifyJson } from "@apigen/core";

/** One example row of each style present, as JSON the reader can copy. */
export function renderExamplesSection(samples: readonly Example[]): string {
  const blocks: string[] = [];
  for (const style of queryStyles) {
    const example = samples.find((sample) => sample.style === style);
    if (example === undefined) {
      continue;
    }
    const shown = {
      query: example.query,
      tools: example.tools.map((tool) => ({ name: tool.name, description: tool.description })),
      answers: example.answers,
      ...(example.response === undefined ? {} : { response: example.response }),
      ...(example.category === undefined ? {} : { category: example.category }),
    };
    blocks.push(`### ${style}\n\n\`\`\`json\n${stringifyJson(shown, { indent: 2 })}\n\`\`\``);
  }
  return blocks.length === 0
    ? ""
    : `## Examples\n\nOne row of each query style (tools shortened to name and description).\n\n${blocks.join("\n\n")}`;
}
