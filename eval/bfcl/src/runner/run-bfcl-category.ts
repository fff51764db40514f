import { mkdir } from "node:fs/promises";
import { createJsonlWriter, type LanguageModel, stringifyJson } from "@apigen/core";
import type { CheckResult } from "../ast/check-result.js";
import { type BfclEntry, loadBfclCategory } from "../data/load-bfcl-category.js";
import { bfclResultPaths } from "../results/bfcl-result-paths.js";
import { askEntry, modelErrorPrefix } from "./ask-entry.js";
import type { BfclRunEvent } from "./bfcl-run-event.js";
import { type BfclRunMode, evaluateAnswer } from "./evaluate-answer.js";
import { createEventQueue } from "./event-queue.js";
import { readPreviousRun, type StoredVerdict } from "./read-previous-run.js";
import { repairTornTail } from "./repair-torn-tail.js";

/** Options of {@link runBfclCategory}; see `runBfclIter` for their meaning. */
export interface RunBfclCategoryOptions {
  model: LanguageModel;
  category: string;
  dataDirectory: string;
  resultsDirectory: string;
  mode: BfclRunMode;
  concurrency: number;
  limit: number | undefined;
  seed: number | undefined;
  abortSignal: AbortSignal | undefined;
}

/**
 * Asks the model about each entry of one category (skipping those an earlier run answered), appends answers and
 * verdicts to the category's result and score files as they come, and yields progress events.
 */
export async function* runBfclCategory({
  model,
  category,
  dataDirectory,
  resultsDirectory,
  mode,
  concurrency,
  limit,
  seed,
  abortSignal,
}: RunBfclCategoryOptions): AsyncGenerator<BfclRunEvent> {
  const { directory, resultFile, scoreFile } = bfclResultPaths({
    resultsDirectory,
    modelId: model.modelId,
    category,
  });
  await mkdir(directory, { recursive: true });
  await repairTornTail(resultFile);
  await repairTornTail(scoreFile);
  const previous = await readPreviousRun({ resultFile, scoreFile });
  const results = await createJsonlWriter(resultFile, { append: true });
  const scores = await createJsonlWriter(scoreFile, { append: true });
  const entries = loadBfclCategory({ dataDirectory, category });
  const queue = createEventQueue<BfclRunEvent>();
  const tally = { correct: 0, total: 0 };
  let reserved = 0;
  let stopped = false;

  const take = async (): Promise<BfclEntry | undefined> => {
    if (stopped || abortSignal?.aborted === true || (limit !== undefined && reserved >= limit)) {
      return undefined;
    }
    reserved++;
    const next = await entries.next();
    return next.done === true ? undefined : next.value;
  };
  const finish = (entry: BfclEntry, verdict: StoredVerdict, resumed: boolean) => {
    tally.total++;
    tally.correct += verdict.valid ? 1 : 0;
    queue.push({
      type: "entry-end",
      category,
      id: entry.id,
      valid: verdict.valid,
      errorType: verdict.errorType,
      resumed,
    });
  };
  const writeVerdict = async (id: string, verdict: CheckResult | StoredVerdict) => {
    await scores.write({ id, valid: verdict.valid, error_type: verdict.errorType });
    await scores.flush();
  };
  const verdictOf = (entry: BfclEntry, text: string): CheckResult =>
    text.startsWith(modelErrorPrefix)
      ? { valid: false, errorType: "model_error", error: [text] }
      : evaluateAnswer({ entry, text, mode });

  const handle = async (entry: BfclEntry): Promise<void> => {
    const stored = previous.verdicts.get(entry.id);
    if (stored !== undefined) {
      return finish(entry, stored, true);
    }
    const storedResult = previous.results.get(entry.id);
    if (storedResult !== undefined) {
      const text = typeof storedResult === "string" ? storedResult : stringifyJson(storedResult);
      const verdict = verdictOf(entry, text);
      await writeVerdict(entry.id, verdict);
      return finish(entry, verdict, true);
    }
    queue.push({ type: "entry-start", category, id: entry.id });
    const line = await askEntry({ model, entry, mode, seed, abortSignal });
    await results.write({ id: entry.id, ...line });
    await results.flush();
    const verdict = verdictOf(entry, line.result);
    await writeVerdict(entry.id, verdict);
    finish(entry, verdict, false);
  };

  const worker = async () => {
    try {
      for (let entry = await take(); entry !== undefined; entry = await take()) {
        await handle(entry);
      }
    } catch (error) {
      stopped = true;
      throw error;
    }
  };
  const workers = Array.from({ length: concurrency }, worker);
  const done = Promise.allSettled(workers).then((outcomes) => {
    const failure = outcomes.find((outcome) => outcome.status === "rejected");
    if (failure !== undefined) {
      queue.fail(failure.reason);
    } else if (abortSignal?.aborted === true) {
      queue.fail(abortSignal.reason);
    } else {
      queue.end();
    }
  });
  try {
    yield* queue;
    const accuracy = tally.total === 0 ? undefined : (100 * tally.correct) / tally.total;
    yield { type: "category-end", category, tally: { ...tally }, accuracy };
  } finally {
    stopped = true;
    await done;
    await entries.return(undefined);
    await results.close();
    await scores.close();
  }
}
