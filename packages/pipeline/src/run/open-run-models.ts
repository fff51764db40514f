import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { type LanguageModel, type ModelRef, type ModelUsage, type RunConfig, runFiles } from "@apigen/core";
import {
  type BatchModel,
  type BatchResult,
  createBatchModel,
  createUsageTracker,
  readBatchResults,
  type UsageTracker,
  wrapLanguageModel,
} from "@apigen/llm";
import { openRunModel, runModelPrices } from "../models/index.js";
import type { UsageTotalsInput } from "../stats/index.js";
import { RunDirectoryError } from "./run-directory-error.js";

/** Offline batch mode: requests go to files, answers come from batch output files. */
export interface BatchFiles {
  /** Folder that receives `generator.jsonl` and `judge.jsonl`: OpenAI Batch input files. */
  requestsDir: string;
  /** Batch output files from earlier rounds (OpenAI Batch API or vLLM `run_batch`). */
  results?: readonly string[];
}

/** The models of a run and their usage counters. */
export interface RunModels {
  generator: LanguageModel;
  judge: LanguageModel[];
  names: { generator: string; judge?: string };
  usage: { generator: UsageTracker; judge: UsageTracker };
  close(): Promise<void>;
}

/**
 * Opens the generator and judge(s) a config names, each behind the middleware with the run's response cache,
 * or, in batch mode, models answered from batch files that write the requests they lack.
 */
export async function openRunModels({
  config,
  runDir,
  env,
  abortSignal,
  batch,
  given,
}: {
  config: RunConfig;
  runDir: string;
  env: NodeJS.ProcessEnv;
  abortSignal?: AbortSignal | undefined;
  batch?: BatchFiles | undefined;
  given?: { generator: LanguageModel; judge?: LanguageModel | readonly LanguageModel[] } | undefined;
}): Promise<RunModels> {
  const judgeRefs = config.judge.enabled
    ? [config.judge.model ?? config.generator.model, ...config.judge.committee]
    : [];
  // Prices from the config turn token counts into the cost column of the stats.
  const usage = {
    generator: createUsageTracker({ prices: runModelPrices([config.generator.model]) }),
    judge: createUsageTracker({ prices: runModelPrices(judgeRefs) }),
  };
  const names = {
    generator: config.generator.model.model,
    ...(judgeRefs.length === 0 ? {} : { judge: judgeRefs.map((ref) => ref.model).join(", ") }),
  };
  if (given !== undefined) {
    const judges = given.judge === undefined ? [] : [given.judge].flat();
    return {
      generator: wrapLanguageModel(given.generator, { usage: usage.generator }),
      judge: config.judge.enabled
        ? judges.map((model) => wrapLanguageModel(model, { usage: usage.judge }))
        : [],
      names: {
        generator: given.generator.modelId,
        ...(config.judge.enabled && judges.length > 0
          ? { judge: judges.map((model) => model.modelId).join(", ") }
          : {}),
      },
      usage,
      close: async () => {},
    };
  }
  if (batch !== undefined) {
    return openBatchModels(config, judgeRefs, batch, usage, names);
  }
  const cacheDir = join(runDir, runFiles.cache);
  const open = (ref: ModelRef, tracker: UsageTracker) =>
    openRunModel(ref, {
      cacheDir,
      usage: tracker,
      env,
      ...(abortSignal === undefined ? {} : { abortSignal }),
    });
  const generator = await open(config.generator.model, usage.generator);
  const judge = await Promise.all(judgeRefs.map((ref) => open(ref, usage.judge)));
  return {
    generator,
    judge,
    names,
    usage,
    // Frees what the providers hold (a local GGUF model's memory).
    close: async () => {
      await Promise.all([generator, ...judge].map((model) => model.close()));
    },
  };
}

async function openBatchModels(
  config: RunConfig,
  judgeRefs: ModelRef[],
  { requestsDir, results = [] }: BatchFiles,
  usage: RunModels["usage"],
  names: RunModels["names"],
): Promise<RunModels> {
  if (judgeRefs.length > 1) {
    throw new RunDirectoryError("batch mode runs one judge: leave judge.committee empty");
  }
  await mkdir(requestsDir, { recursive: true });
  const answers: BatchResult[] = [];
  for (const path of results) {
    for await (const result of readBatchResults({ path })) {
      answers.push(result);
    }
  }
  const open = (ref: ModelRef, file: string): BatchModel =>
    createBatchModel({ model: ref.model, results: answers, pendingRequestsPath: join(requestsDir, file) });
  const generator = open(config.generator.model, "generator.jsonl");
  const judge = judgeRefs.map((ref) => open(ref, "judge.jsonl"));
  return {
    generator: wrapLanguageModel(generator, { usage: usage.generator, retry: { maxRetries: 0 } }),
    judge: judge.map((model) => wrapLanguageModel(model, { usage: usage.judge, retry: { maxRetries: 0 } })),
    names,
    usage,
    close: async () => {
      await Promise.all([generator, ...judge].map((model) => model.close()));
    },
  };
}

/**
 * Usage of one role for the stats collector: this process's counts plus those earlier processes of the run
 * recorded in `stats.json`. The cost is left at 0 (so the stats leave it out) while any model used is unpriced.
 */
export function modelUsageOf(tracker: UsageTracker, prior: ModelUsage | undefined): UsageTotalsInput {
  const now = tracker.snapshot();
  return {
    calls: now.calls + (prior?.calls ?? 0),
    inputTokens: now.inputTokens + (prior?.inputTokens ?? 0),
    outputTokens: now.outputTokens + (prior?.outputTokens ?? 0),
    cacheHits: now.cacheHits + (prior?.cacheHits ?? 0),
    retries: now.retries + (prior?.retries ?? 0),
    cost: now.unpricedModels.length === 0 ? now.cost + (prior?.costUsd ?? 0) : 0,
  };
}
