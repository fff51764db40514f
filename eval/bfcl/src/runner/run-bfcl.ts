import type { LanguageModel, ToolExecutor } from "@apigen/core";
import { type BfclScores, type CategoryTally, scoreCategories } from "../score/score-categories.js";
import { assertBfclData } from "./assert-bfcl-data.js";
import type { BfclRunEvent } from "./bfcl-run-event.js";
import { bfclRunnableCategories, isExecCategory } from "./bfcl-runnable-categories.js";
import type { BfclRunMode } from "./evaluate-answer.js";
import { runBfclCategory } from "./run-bfcl-category.js";

/** Options of {@link runBfclIter} and {@link runBfcl}. */
export interface RunBfclOptions {
  /** The model to ask; wrap it (retries, concurrency, cache) before passing it. */
  model: LanguageModel;
  /** Single-turn categories to run, in order (see `bfclRunnableCategories`). */
  categories: readonly string[];
  /** A folder laid out like `bfcl_eval/data`. */
  dataDirectory: string;
  /** Where `<model>/BFCL_v4_<category>_result.json` and `..._score.json` are appended. */
  resultsDirectory: string;
  /**
   * `prompt`: our system prompt, answers in Python call syntax; `xlam`: the xLAM prompt format, JSON tool calls;
   * `fc`: native function calling (functions sent as `tools`, `.` in names replaced by `_`, calls read from the
   * response and written as `[{name: "<JSON arguments>"}]`).
   * @default "prompt"
   */
  mode?: BfclRunMode;
  /**
   * Runs the calls of the executable categories (`exec_*`), which need one; entries offering a function it
   * lacks are skipped and counted.
   */
  executor?: ToolExecutor;
  /**
   * Ask again the entries an earlier run recorded as `model_error` (server down, 5xx after retries, timeout),
   * instead of keeping them as failures.
   * @default true
   */
  retryErrors?: boolean;
  /**
   * Entries asked at once.
   * @default 8
   */
  concurrency?: number;
  /** Run only the first `limit` entries of each category. */
  limit?: number;
  /**
   * Sent with every request (temperature is always 0).
   * @default 0
   */
  seed?: number;
  /** Stops taking entries; entries already answered stay in the files, and a later run resumes. */
  abortSignal?: AbortSignal;
}

function validate({
  categories,
  concurrency,
  limit,
  executor,
}: Required<Pick<RunBfclOptions, "categories">> & {
  concurrency: number;
  limit: number | undefined;
  executor: ToolExecutor | undefined;
}): void {
  const runnable: readonly string[] = bfclRunnableCategories;
  const unknown = categories.filter((category) => !runnable.includes(category));
  if (categories.length === 0 || unknown.length > 0) {
    throw new TypeError(
      `${categories.length === 0 ? "No categories given" : `Cannot run ${unknown.join(", ")}`}: choose among ${runnable.join(", ")}`,
    );
  }
  const executable = categories.filter(isExecCategory);
  if (executable.length > 0 && executor === undefined) {
    throw new TypeError(
      `${executable.join(", ")} need an executor (a ToolExecutor that runs their functions)`,
    );
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new TypeError(`limit must be a non-negative integer, got ${limit}`);
  }
}

/**
 * Asks a model every entry of the given BFCL categories and scores its answers as the leaderboard does, yielding
 * progress events. Answers and verdicts are appended to BFCL-format files as they come; entries already in a
 * category's result file are not asked again, so a killed run continues where it stopped. A model error (thrown
 * after the model's own retries) is recorded as a failed entry with `error_type: "model_error"`, and asked again
 * by the next run (`retryErrors`).
 *
 * @example
 * for await (const event of runBfclIter({ model, categories: ["simple_python"], dataDirectory, resultsDirectory })) {
 *   if (event.type === "category-end") console.log(event.category, event.accuracy);
 * }
 */
export async function* runBfclIter({
  model,
  categories,
  dataDirectory,
  resultsDirectory,
  mode = "prompt",
  concurrency = 8,
  limit,
  seed = 0,
  executor,
  retryErrors = true,
  abortSignal,
}: RunBfclOptions): AsyncGenerator<BfclRunEvent> {
  validate({ categories, concurrency, limit, executor });
  assertBfclData({ dataDirectory, categories });
  for (const category of categories) {
    abortSignal?.throwIfAborted();
    yield* runBfclCategory({
      model,
      category,
      dataDirectory,
      resultsDirectory,
      mode,
      concurrency,
      limit,
      seed,
      executor,
      retryErrors,
      abortSignal,
    });
  }
}

/**
 * Drains {@link runBfclIter} and returns the per-category tallies and the leaderboard's score columns.
 *
 * @example
 * const { scores } = await runBfcl({ model, categories: ["simple_python"], dataDirectory, resultsDirectory });
 */
export async function runBfcl(
  options: RunBfclOptions,
): Promise<{ scores: BfclScores; tallies: Record<string, CategoryTally> }> {
  const tallies: Record<string, CategoryTally> = {};
  for await (const event of runBfclIter(options)) {
    if (event.type === "category-end") {
      tallies[event.category] = event.tally;
    }
  }
  return { scores: scoreCategories(tallies), tallies };
}
