import { join } from "node:path";
import {
  type BfclFunction,
  type BfclTask,
  bfclAnswerToExpectedCalls,
  bfclFunctionSchema,
  bfclQuestionToTask,
  ConversionError,
  type ExpectedCall,
  isJsonObject,
  readJsonl,
} from "@apigen/core";

/** One single-turn entry: the question, its raw function docs (BFCL type names kept) and its ground truth. */
export interface BfclEntry {
  id: string;
  category: string;
  task: BfclTask;
  docs: BfclFunction[];
  /** Absent for the relevance categories, which have no possible answers. */
  expected: ExpectedCall[] | undefined;
}

const withoutAnswers = new Set(["irrelevance", "live_irrelevance", "live_relevance"]);

/**
 * Streams the entries of one single-turn category from a local BFCL data folder (the layout of `bfcl_eval/data`:
 * `BFCL_v4_<category>.json` and `possible_answer/BFCL_v4_<category>.json`, JSON Lines aligned by line). A
 * question and answer whose ids differ is an error naming both.
 */
export async function* loadBfclCategory({
  dataDirectory,
  category,
}: {
  dataDirectory: string;
  category: string;
}): AsyncGenerator<BfclEntry> {
  const questions = readJsonl(join(dataDirectory, `BFCL_v4_${category}.json`));
  const answers = withoutAnswers.has(category)
    ? undefined
    : readJsonl(join(dataDirectory, "possible_answer", `BFCL_v4_${category}.json`))[Symbol.asyncIterator]();
  for await (const { line, value } of questions) {
    const task = bfclQuestionToTask(value, { row: line });
    const docs = (
      (isJsonObject(value) && Array.isArray(value.function) ? value.function : []) as unknown[]
    ).map((doc) => bfclFunctionSchema.parse(doc) as BfclFunction);
    let expected: ExpectedCall[] | undefined;
    if (answers !== undefined) {
      const next = await answers.next();
      if (next.done === true) {
        throw new ConversionError({
          format: "bfcl",
          row: task.id,
          reason: `possible_answer/BFCL_v4_${category}.json has no answer for it`,
        });
      }
      const answer = bfclAnswerToExpectedCalls(next.value.value, { row: next.value.line });
      if (answer.id !== task.id) {
        throw new ConversionError({
          format: "bfcl",
          row: task.id,
          reason: `line ${line} of the questions is ${task.id} but line ${next.value.line} of the answers is ${answer.id}`,
        });
      }
      expected = answer.calls;
    }
    yield { id: task.id, category, task, docs, expected };
  }
}
