import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { JsonlWriter } from "@apigen/core";
import { createJsonlWriter } from "@apigen/core";
import { bfclCategoryOf } from "./bfcl-category-of.js";
import { exampleToBfclEntry } from "./example-to-bfcl-entry.js";
import type { RowSink } from "./row-sink.js";

/**
 * Writes rows into a BFCL data folder: `BFCL_v4_<category>.json` question files and, for the AST categories,
 * `possible_answer/BFCL_v4_<category>.json`, JSON Lines aligned by line, ids `<category>_<n>` as in BFCL.
 */
export async function createBfclSink({
  dir,
  extensions,
}: {
  dir: string;
  extensions: boolean;
}): Promise<RowSink> {
  const files = new Map<string, { questions: JsonlWriter; answers: JsonlWriter | undefined; next: number }>();
  let count = 0;
  const open = async (category: string, withAnswers: boolean) => {
    const existing = files.get(category);
    if (existing !== undefined) {
      return existing;
    }
    await mkdir(join(dir, "possible_answer"), { recursive: true });
    const name = `BFCL_v4_${category}.json`;
    const entry = {
      questions: await createJsonlWriter(join(dir, name)),
      answers: withAnswers ? await createJsonlWriter(join(dir, "possible_answer", name)) : undefined,
      next: 0,
    };
    files.set(category, entry);
    return entry;
  };
  return {
    write: async (example) => {
      const category = bfclCategoryOf(example.style);
      const id = `${category}_${files.get(category)?.next ?? 0}`;
      const { question, answer } = exampleToBfclEntry(example, { id, extensions });
      const target = await open(category, answer !== undefined);
      target.next += 1;
      await target.questions.write(question);
      if (target.answers !== undefined && answer !== undefined) {
        await target.answers.write(answer);
      }
      count += 1;
    },
    close: async () => {
      const paths: string[] = [];
      for (const [category, { questions, answers }] of files) {
        await questions.close();
        paths.push(join(dir, `BFCL_v4_${category}.json`));
        if (answers !== undefined) {
          await answers.close();
          paths.push(join(dir, "possible_answer", `BFCL_v4_${category}.json`));
        }
      }
      return paths;
    },
    get count() {
      return count;
    },
  };
}
