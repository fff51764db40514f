import { mkdir } from "node:fs/promises";
import { createJsonlWriter, type JsonValue, type LanguageModel, type ToolExecutor } from "@apigen/core";
import type { CheckResult } from "../ast/check-result.js";
import { GroundTruthExecutionError } from "../exec/ground-truth-execution-error.js";
import { bfclResultPaths } from "../results/bfcl-result-paths.js";
import { askEntry, modelErrorPrefix } from "./ask-entry.js";
import type { BfclRunEvent } from "./bfcl-run-event.js";
import { compactJsonlById } from "./compact-jsonl-by-id.js";
import { type BfclRunMode, evaluateAnswer, type RunnableEntry } from "./evaluate-answer.js";
import { createEventQueue } from "./event-queue.js";
import { loadRunnableEntries } from "./load-runnable-entries.js";
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
  executor: ToolExecutor | undefined;
  retryErrors: boolean;
  abortSignal: AbortSignal | undefined;
}

const isModelError = (result: JsonValue | undefined) =>
  typeof result === "string" && result.startsWith(modelErrorPrefix);

/**
 * Asks the model about each entry of one category (skipping those an earlier run answered, and asking again
 * those it could not, with `retryErrors`), appends answers and verdicts to the category's result and score
 * files as they come, and yields progress events.
 */
export async function* runBfclCategory(options: RunBfclCategoryOptions): AsyncGenerator<BfclRunEvent> {
  const { model, category, dataDirectory, resultsDirectory, mode, concurrency, limit, seed } = options;
  const { executor, retryErrors, abortSignal } = options;
  const { directory, resultFile, scoreFile } = bfclResultPaths({
    resultsDirectory,
    modelId: model.modelId,
    category,
  });
  await mkdir(directory, { recursive: true });
  await repairTornTail(resultFile);
  await repairTornTail(scoreFile);
  const previous = await readPreviousRun({ resultFile, scoreFile });
  const counts = { skipped: 0, retried: 0 };
  const entries = loadRunnableEntries({ dataDirectory, category, executor, onSkip: () => counts.skipped++ });
  const results = await createJsonlWriter(resultFile, { append: true });
  const scores = await createJsonlWriter(scoreFile, { append: true });
  const queue = createEventQueue<BfclRunEvent>();
  const tally = { correct: 0, total: 0 };
  let reserved = 0;
  let stopped = false;

  const take = async (): Promise<RunnableEntry | undefined> => {
    if (stopped || abortSignal?.aborted === true || (limit !== undefined && reserved >= limit)) {
      return undefined;
    }
    reserved++;
    const next = await entries.next();
    return next.done === true ? undefined : next.value;
  };
  const finish = (entry: RunnableEntry, verdict: StoredVerdict, resumed: boolean, retried = false) => {
    tally.total++;
    tally.correct += verdict.valid ? 1 : 0;
    const { valid, errorType } = verdict;
    queue.push({ type: "entry-end", category, id: entry.id, valid, errorType, resumed, retried });
  };
  const writeVerdict = async (id: string, verdict: CheckResult | StoredVerdict) => {
    await scores.write({ id, valid: verdict.valid, error_type: verdict.errorType });
    await scores.flush();
  };
  // A ground-truth call that failed (a timeout on a loaded machine) is not the model's fault: the entry is
  // recorded as `ground_truth_error` and scored again from the stored answer by the next run.
  const verdictOf = async (entry: RunnableEntry, result: JsonValue): Promise<CheckResult> => {
    if (isModelError(result)) {
      return { valid: false, errorType: "model_error", error: [String(result)] };
    }
    try {
      return await evaluateAnswer({ entry, result, mode, executor });
    } catch (error) {
      if (GroundTruthExecutionError.isInstance(error)) {
        return { valid: false, errorType: "ground_truth_error", error: [error.message] };
      }
      throw error;
    }
  };

  const handle = async (entry: RunnableEntry): Promise<void> => {
    const stored = previous.verdicts.get(entry.id);
    const storedResult = previous.results.get(entry.id);
    const retry = retryErrors && (stored?.errorType === "model_error" || isModelError(storedResult));
    if (!retry && stored !== undefined && stored.errorType !== "ground_truth_error") {
      return finish(entry, stored, true);
    }
    if (!retry && storedResult !== undefined) {
      const verdict = await verdictOf(entry, storedResult);
      await writeVerdict(entry.id, verdict);
      return finish(entry, verdict, true);
    }
    counts.retried += retry ? 1 : 0;
    queue.push({ type: "entry-start", category, id: entry.id });
    const line = await askEntry({ model, entry, mode, seed, abortSignal });
    await results.write({ id: entry.id, ...line });
    await results.flush();
    const verdict = await verdictOf(entry, line.result);
    await writeVerdict(entry.id, verdict);
    finish(entry, verdict, false, retry);
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
    yield { type: "category-end", category, tally: { ...tally }, accuracy, ...counts };
  } finally {
    stopped = true;
    await done;
    await entries.return(undefined);
    await results.close();
    await scores.close();
    if (counts.retried > 0) {
      await compactJsonlById(resultFile);
      await compactJsonlById(scoreFile);
    }
  }
}
