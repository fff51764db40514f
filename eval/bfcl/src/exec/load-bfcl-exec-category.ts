import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  type BfclFunction,
  type BfclTask,
  bfclFunctionSchema,
  bfclQuestionToTask,
  ConversionError,
  isJsonObject,
  readJsonl,
  type ToolCall,
} from "@apigen/core";
import { decodePythonCalls } from "../decode/decode-model-output.js";
import { type ExecutionMatchType, executionMatchTypes } from "./execution-match.js";
import { decodedCallsToToolCalls } from "./python-to-json.js";

/** BFCL's retired executable categories. */
export const bfclExecCategories = [
  "exec_simple",
  "exec_multiple",
  "exec_parallel",
  "exec_parallel_multiple",
] as const;

/** One entry of an executable category: the question, its docs, the ground-truth calls and how to compare. */
export interface BfclExecEntry {
  id: string;
  category: string;
  task: BfclTask;
  docs: BfclFunction[];
  /** The ground-truth calls, decoded from BFCL's Python call strings. */
  groundTruth: ToolCall[];
  /** How each ground-truth call's result is compared (`execution_result_type`), aligned with `groundTruth`. */
  resultTypes: ExecutionMatchType[];
}

/**
 * The question and answer files of an executable category: under `unused_datasets/` (the layout of
 * `bfcl_eval/data` since the categories were retired), else next to the other categories' files.
 */
export function bfclExecPaths({ dataDirectory, category }: { dataDirectory: string; category: string }): {
  questions: string;
  answers: string;
} {
  const retired = join(dataDirectory, "unused_datasets");
  const root = existsSync(join(retired, "question", `BFCL_v4_${category}.json`))
    ? { questions: join(retired, "question"), answers: join(retired, "possible_answer") }
    : { questions: dataDirectory, answers: join(dataDirectory, "possible_answer") };
  return {
    questions: join(root.questions, `BFCL_v4_${category}.json`),
    answers: join(root.answers, `BFCL_v4_${category}.json`),
  };
}

function readAnswer(
  value: unknown,
  id: string,
  docs: readonly BfclFunction[],
): Pick<BfclExecEntry, "groundTruth" | "resultTypes"> {
  const fail = (reason: string) => new ConversionError({ format: "bfcl", row: id, reason });
  if (
    !isJsonObject(value) ||
    !Array.isArray(value.ground_truth) ||
    !Array.isArray(value.execution_result_type)
  ) {
    throw fail("an executable answer needs ground_truth and execution_result_type lists");
  }
  const types: readonly string[] = executionMatchTypes;
  const resultTypes = value.execution_result_type.map((type) => {
    if (typeof type !== "string" || !types.includes(type)) {
      throw fail(`unknown execution_result_type ${String(type)}`);
    }
    return type as ExecutionMatchType;
  });
  const groundTruth = value.ground_truth.flatMap((text) => {
    if (typeof text !== "string") {
      throw fail("ground_truth must hold Python call strings");
    }
    try {
      // Positional arguments bind in the doc's parameter order, as when BFCL ran these calls.
      const order = (name: string) => {
        const doc = docs.find((candidate) => candidate.name === name);
        return doc === undefined ? undefined : Object.keys(doc.parameters.properties ?? {});
      };
      return decodedCallsToToolCalls(decodePythonCalls(text, order));
    } catch (error) {
      throw new ConversionError({ format: "bfcl", row: id, reason: `cannot decode ${text}`, cause: error });
    }
  });
  // exec_parallel_multiple_30 lists three result types for two calls; the official checker reads them by index.
  if (resultTypes.length < groundTruth.length) {
    throw fail(`${groundTruth.length} ground-truth calls but only ${resultTypes.length} result types`);
  }
  return { groundTruth, resultTypes: resultTypes.slice(0, groundTruth.length) };
}

/**
 * Streams the entries of one of BFCL's retired executable categories (`exec_simple`, `exec_multiple`,
 * `exec_parallel`, `exec_parallel_multiple`), questions and answers aligned by line. Ground-truth calls such
 * as `convert_currency(amount=500*500, ...)` are decoded as BFCL's Python decoder does.
 *
 * @example
 * for await (const entry of loadBfclExecCategory({ dataDirectory, category: "exec_simple" })) console.log(entry.groundTruth);
 */
export async function* loadBfclExecCategory({
  dataDirectory,
  category,
}: {
  dataDirectory: string;
  category: string;
}): AsyncGenerator<BfclExecEntry> {
  const paths = bfclExecPaths({ dataDirectory, category });
  const answers = readJsonl(paths.answers)[Symbol.asyncIterator]();
  for await (const { line, value } of readJsonl(paths.questions)) {
    const task = bfclQuestionToTask(value, { row: line });
    const docs = (
      (isJsonObject(value) && Array.isArray(value.function) ? value.function : []) as unknown[]
    ).map((doc) => bfclFunctionSchema.parse(doc) as BfclFunction);
    const next = await answers.next();
    if (next.done === true) {
      throw new ConversionError({
        format: "bfcl",
        row: task.id,
        reason: `${paths.answers} has no answer for it`,
      });
    }
    const answerId = isJsonObject(next.value.value) ? next.value.value.id : undefined;
    if (answerId !== task.id) {
      throw new ConversionError({
        format: "bfcl",
        row: task.id,
        reason: `line ${line} of the questions is ${task.id} but line ${next.value.line} of the answers is ${String(answerId)}`,
      });
    }
    yield { id: task.id, category, task, docs, ...readAnswer(next.value.value, task.id, docs) };
  }
}
