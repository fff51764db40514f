import { type Example, queryStyles, readRunExamples } from "@apigen/core";

/** The first row of each query style in a run, for the card; stops reading once every style is found. */
export async function collectSamples(runDir: string): Promise<Example[]> {
  const found = new Map<string, Example>();
  for await (const example of readRunExamples(runDir)) {
    if (!found.has(example.style)) {
      found.set(example.style, example);
      if (found.size === queryStyles.length) {
        break;
      }
    }
  }
  return [...found.values()];
}
