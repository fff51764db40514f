import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { isJsonObject, readJsonl } from "@apigen/core";
import type { CategoryTally } from "../score/score-categories.js";

const scoreFileName = /^BFCL_v4_(.+)_score\.json$/;

/**
 * Counts the verdicts in a model's result folder (the `BFCL_v4_<category>_score.json` files a run writes): one
 * tally per category, each id counted once (the last verdict wins), a torn last line ignored.
 */
export async function readBfclTallies({
  directory,
}: {
  directory: string;
}): Promise<Record<string, CategoryTally>> {
  const tallies: Record<string, CategoryTally> = {};
  const names = (await readdir(directory)).sort();
  for (const name of names) {
    const category = scoreFileName.exec(name)?.[1];
    if (category === undefined) {
      continue;
    }
    const verdicts = new Map<string, boolean>();
    for await (const { value } of readJsonl(join(directory, name), { truncatedTail: "ignore" })) {
      if (isJsonObject(value) && typeof value.id === "string" && typeof value.valid === "boolean") {
        verdicts.set(value.id, value.valid);
      }
    }
    const correct = [...verdicts.values()].filter(Boolean).length;
    tallies[category] = { correct, total: verdicts.size };
  }
  return tallies;
}
