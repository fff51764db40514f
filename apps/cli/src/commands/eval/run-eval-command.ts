import { resolve } from "node:path";
import {
  type BfclRunMode,
  bfclExecCategories,
  type CategoryTally,
  formatScoreTable,
  isExecCategory,
  runBfclIter,
  scoreCategories,
} from "@apigen/eval-bfcl";
import { createOpenAiCompatibleModel, wrapLanguageModel } from "@apigen/llm";
import { createBuiltinSource, createToolExecutor } from "@apigen/tools";
import type { RunIo } from "../../run-io.js";
import { prepareBfclData } from "./prepare-bfcl-data.js";

/** The options of `apigen eval`, as commander parses them. */
export interface EvalCommandOptions {
  model: string;
  baseUrl: string;
  apiKeyEnv?: string;
  categories?: string;
  exec?: boolean;
  dataDir?: string;
  download?: boolean;
  revision: string;
  hubUrl?: string;
  resultsDir: string;
  mode: BfclRunMode;
  concurrency: number;
  limit?: number;
  cacheDir?: string;
  retries: number;
  retryErrors: boolean;
}

/** The categories asked for: `--categories`, plus the executable ones with `--exec`, each once. */
export function evalCategories({
  categories,
  exec,
}: Pick<EvalCommandOptions, "categories" | "exec">): string[] {
  const named = (categories ?? "")
    .split(",")
    .map((category) => category.trim())
    .filter((category) => category !== "");
  return [...new Set([...named, ...(exec === true ? bfclExecCategories : [])])];
}

/**
 * `apigen eval`: fetches the BFCL data where needed, asks an OpenAI-compatible model the chosen categories (with
 * retries, bounded concurrency and an optional response cache; executable categories through the built-in tool
 * library), prints progress to stderr and the score table to stdout.
 */
export async function runEvalCommand(
  options: EvalCommandOptions,
  io: RunIo,
  environment: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const categories = evalCategories(options);
  const dataDirectory = await prepareBfclData({
    categories,
    dataDir: options.dataDir,
    download: options.download,
    revision: options.revision,
    hubUrl: options.hubUrl,
    environment,
    io,
  });
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
  const executor = categories.some(isExecCategory)
    ? createToolExecutor({ sources: [createBuiltinSource()] })
    : undefined;
  const tallies: Record<string, CategoryTally> = {};
  const resultsDirectory = resolve(options.resultsDir);
  let done = 0;
  try {
    for await (const event of runBfclIter({
      model,
      categories,
      dataDirectory,
      resultsDirectory,
      mode: options.mode,
      concurrency: options.concurrency,
      retryErrors: options.retryErrors,
      ...(executor === undefined ? {} : { executor }),
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
        const notes = [
          event.retried > 0 ? `${event.retried} retried after a model_error` : "",
          event.skipped > 0 ? `${event.skipped} skipped: functions the built-in tools lack` : "",
        ].filter((note) => note !== "");
        io.stderr.write(
          `${event.category}: ${event.tally.correct}/${event.tally.total} correct` +
            `${event.accuracy === undefined ? "" : ` (${event.accuracy.toFixed(2)}%)`}` +
            `${notes.length === 0 ? "" : `; ${notes.join("; ")}`}\n`,
        );
      }
    }
  } finally {
    await executor?.close();
  }
  io.stderr.write(`Results in ${resultsDirectory}\n`);
  io.stdout.write(formatScoreTable([{ model: options.model, scores: scoreCategories(tallies) }]));
}
