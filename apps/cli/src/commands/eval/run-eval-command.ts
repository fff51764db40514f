import { resolve } from "node:path";
import {
  type BfclRunMode,
  type CategoryTally,
  formatScoreTable,
  runBfclIter,
  scoreCategories,
} from "@apigen/eval-bfcl";
import { createOpenAiCompatibleModel, wrapLanguageModel } from "@apigen/llm";
import type { RunIo } from "../../run-io.js";
import { resolveDataDirectory } from "./resolve-data-directory.js";

/** The options of `apigen eval`, as commander parses them. */
export interface EvalCommandOptions {
  model: string;
  baseUrl: string;
  apiKeyEnv?: string;
  categories: string;
  dataDir?: string;
  resultsDir: string;
  mode: BfclRunMode;
  concurrency: number;
  limit?: number;
  cacheDir?: string;
  retries: number;
}

/**
 * `apigen eval`: asks an OpenAI-compatible model the chosen BFCL categories (with retries, bounded concurrency
 * and an optional response cache), prints progress to stderr and the score table to stdout.
 */
export async function runEvalCommand(options: EvalCommandOptions, io: RunIo): Promise<void> {
  const categories = options.categories
    .split(",")
    .map((category) => category.trim())
    .filter((category) => category !== "");
  const base = createOpenAiCompatibleModel({
    baseURL: options.baseUrl,
    model: options.model,
    ...(options.apiKeyEnv === undefined ? {} : { apiKeyEnvironmentVariable: options.apiKeyEnv }),
  });
  const model = wrapLanguageModel(base, {
    concurrency: options.concurrency,
    retry: { maxRetries: options.retries },
    cache: options.cacheDir === undefined ? false : { directory: resolve(options.cacheDir) },
  });
  const tallies: Record<string, CategoryTally> = {};
  const resultsDirectory = resolve(options.resultsDir);
  let done = 0;
  for await (const event of runBfclIter({
    model,
    categories,
    dataDirectory: resolveDataDirectory({ dataDir: options.dataDir }),
    resultsDirectory,
    mode: options.mode,
    concurrency: options.concurrency,
    ...(options.limit === undefined ? {} : { limit: options.limit }),
  })) {
    if (event.type === "entry-end") {
      done++;
      if (done % 50 === 0) {
        io.stderr.write(`  ${event.category}: ${done} entries scored\n`);
      }
    } else if (event.type === "category-end") {
      tallies[event.category] = event.tally;
      done = 0;
      io.stderr.write(
        `${event.category}: ${event.tally.correct}/${event.tally.total} correct` +
          `${event.accuracy === undefined ? "" : ` (${event.accuracy.toFixed(2)}%)`}\n`,
      );
    }
  }
  io.stderr.write(`Results in ${resultsDirectory}\n`);
  io.stdout.write(formatScoreTable([{ model: options.model, scores: scoreCategories(tallies) }]));
}
