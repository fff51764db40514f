import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  createJsonlWriter,
  createRandom,
  type Example,
  type LanguageModel,
  type QueryStyle,
  type RunConfig,
  type RunStats,
  runFiles,
} from "@apigen/core";
import { createStylePlanner } from "@apigen/generator";
import { createArgumentValidator } from "@apigen/tools";
import { createDeduplicator } from "../dedup/index.js";
import { openRunTools } from "../tools/index.js";
import { commitPrompt, syncCommitted } from "./commit-prompt.js";
import { type BatchFiles, openRunModels } from "./open-run-models.js";
import { createPromptPlanner, planPrompt } from "./plan-prompt.js";
import type { FinishedPrompt } from "./prompt-journal.js";
import { pipelineFiles, readRunState } from "./read-run-state.js";
import { openSeedPool } from "./read-seed-files.js";
import type { RunEvent, RunProgress, RunStopReason } from "./run-events.js";
import { acquireRunLock } from "./run-lock.js";
import { createRunStatsWriter } from "./run-stats-writer.js";
import { type PromptOutcome, sendPrompt } from "./send-prompt.js";
import { createProgressTracker } from "./track-progress.js";
import { writeRunConfig } from "./write-run-config.js";

/** Options of {@link runGeneration}. */
export interface RunGenerationOptions {
  config: RunConfig;
  /** The run directory: created, or resumed when it holds a run of the same config. */
  runDir: string;
  /** Where API keys are read from. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** Stops the run cleanly (Ctrl-C): in-flight prompts are abandoned and sent again when the run resumes. */
  abortSignal?: AbortSignal;
  onEvent?: (event: RunEvent) => void;
  /** Models to use instead of those the config names (custom providers, tests). */
  models?: { generator: LanguageModel; judge?: LanguageModel | readonly LanguageModel[] };
  /** Offline batch mode: write the requests of this round, read the results of earlier ones. */
  batch?: BatchFiles;
  /** @default 1000 */
  progressIntervalMs?: number;
  /** Prompts the model may fail in a row before the run stops. @default 20 */
  maxConsecutiveFailures?: number;
}

/** Committed prompts are made durable together, after this many of them or this long, whichever comes first. */
const syncEvery = { prompts: 64, ms: 250 };

/** How a run ended. */
export interface RunResult {
  stats: RunStats;
  progress: RunProgress;
  reason: RunStopReason;
}

/**
 * A generation run: samples tools, examples and templates, asks the generator, runs every candidate through
 * format, execution and judge, drops duplicates, and appends accepted rows to the run directory until each
 * style's target is met. At most `config.concurrency` prompts are in flight; nothing holds the data set in
 * memory. Killed at any moment, the same call resumes: no accepted row lost or written twice, and unfinished
 * prompts are sent again exactly (the response cache answers those already paid for).
 *
 * @example
 * const { stats } = await runGeneration({ config, runDir: "runs/finance", onEvent: console.log });
 */
export async function runGeneration({
  config,
  runDir,
  env = process.env,
  abortSignal,
  onEvent = () => {},
  models: given,
  batch,
  progressIntervalMs = 1000,
  maxConsecutiveFailures = 20,
}: RunGenerationOptions): Promise<RunResult> {
  await mkdir(runDir, { recursive: true });
  const release = await acquireRunLock(runDir);
  const closers: (() => Promise<void>)[] = [release];
  try {
    await writeRunConfig(runDir, config);
    const tools = await openRunTools(config.tools, { seed: config.seed, timeoutMs: config.stages.timeoutMs });
    closers.unshift(() => tools.close());
    const models = await openRunModels({ config, runDir, env, abortSignal, batch, given });
    closers.unshift(() => models.close());
    const random = createRandom(config.seed);
    const seedPool = await openSeedPool(config, random);
    const dedup = createDeduplicator({ threshold: config.dedup.nearDuplicateThreshold, seed: config.seed });
    const keyOf = (example: Example) => ({
      query: example.query,
      tools: example.tools.map((tool) => tool.name),
      answers: example.answers,
    });
    const state = await readRunState(runDir, (example) => {
      if (config.dedup.enabled) {
        dedup.add(keyOf(example), example.id ?? "");
      }
      seedPool.add(example);
    });
    const targets = config.target.byStyle;
    const targetTotal = Object.values(targets).reduce((sum, count) => sum + (count ?? 0), 0);
    const statsWriter = await createRunStatsWriter({ runDir, config, sources: tools.sources, models });
    const progress = createProgressTracker({ funnel: statsWriter.funnel(), target: targetTotal });
    const planner = createStylePlanner({
      targets,
      accepted: state.acceptedByStyle,
      random: random.fork("planner"),
    });
    const planning = createPromptPlanner({
      config,
      tools: tools.tools,
      seedPool,
      random,
      toolUsage: state.toolUsage,
    });
    const open = (file: string) => createJsonlWriter(join(runDir, file), { append: true });
    const writers = {
      accepted: await open(runFiles.accepted),
      candidates: await open(runFiles.candidates),
      journal: await open(pipelineFiles.prompts),
    };
    closers.unshift(async () => {
      await Promise.all(Object.values(writers).map((writer) => writer.close()));
    });
    const commitContext = {
      ...writers,
      dedup: config.dedup.enabled ? dedup : { check: () => ({ duplicate: false as const }), add: () => {} },
      acceptedIds: state.acceptedIds,
      acceptedByStyle: state.acceptedByStyle,
      targets,
      authors: {
        generatorModel: models.names.generator,
        judgeModel: models.names.judge,
        seed: config.seed,
      },
      onAccepted: (example: Example) => seedPool.add(example),
      onRecord: (record: Parameters<typeof progress.record>[0]) => {
        progress.record(record);
        statsWriter.record(record);
      },
    };
    const sendContext = {
      generator: models.generator,
      toolsByName: new Map(tools.tools.map(({ tool }) => [tool.name, tool])),
      verify: {
        executor: tools.executor,
        validator: createArgumentValidator(),
        timeoutMs: config.stages.timeoutMs,
        maxResultChars: config.stages.maxResultChars,
        failOnEmptyResult: config.stages.failOnEmptyResult,
        failOnErrorPayload: config.stages.failOnErrorPayload,
        ...(models.judge.length === 0
          ? {}
          : {
              judge: {
                model: models.judge.length === 1 ? (models.judge[0] as LanguageModel) : models.judge,
                grounding: config.judge.grounding ? ("inform" as const) : ("off" as const),
              },
            }),
        ...(abortSignal === undefined ? {} : { abortSignal }),
      },
      temperature: config.generator.model.temperature ?? config.generator.temperature,
      maxTokens: config.generator.model.maxTokens ?? config.generator.maxTokens,
      seed: config.seed,
      abortSignal,
    };
    onEvent({
      type: "start",
      runDir,
      resumedWith: state.acceptedIds.size,
      pendingPrompts: state.pending.length,
      target: targetTotal,
      sources: tools.sources,
      models: models.names,
    });
    const emitProgress = async (status: RunStats["status"]) => {
      const snapshot = progress.snapshot(state.acceptedByStyle);
      const stats = await statsWriter.write(status, seedPool.entries());
      onEvent({ type: "progress", progress: snapshot });
      return { snapshot, stats };
    };
    const timer = setInterval(() => {
      emitProgress("running").catch(() => {});
    }, progressIntervalMs);
    timer.unref();
    // Cleared before the final write below; the closer covers a run that throws first.
    closers.unshift(async () => clearInterval(timer));

    const queue = [...state.pending];
    for (const plan of queue) {
      planner.started(plan.style, plan.pairs);
    }
    let nextPrompt = state.nextPrompt;
    let planned = state.promptsPlanned;
    let consecutiveFailures = 0;
    let stop: RunStopReason | undefined;
    let fatal: unknown;
    let commits = Promise.resolve();
    // Prompts committed since the last sync: one fsync covers many of them.
    let unsynced: FinishedPrompt[] = [];
    let lastSync = Date.now();
    const sync = async () => {
      const done = unsynced;
      unsynced = [];
      lastSync = Date.now();
      await syncCommitted(writers, done);
    };
    const inFlight = new Map<number, Promise<void>>();
    const handle = async (outcome: PromptOutcome) => {
      const { plan } = outcome;
      progress.prompts.inFlight--;
      if (outcome.kind === "answered") {
        consecutiveFailures = 0;
        const { added, done } = await commitPrompt(commitContext, outcome);
        planner.finished(plan.style, plan.pairs, added);
        unsynced.push(done);
        if (unsynced.length >= syncEvery.prompts || Date.now() - lastSync >= syncEvery.ms) {
          await sync();
        }
      } else if (outcome.kind === "waiting") {
        progress.prompts.waiting++;
      } else if (outcome.kind === "failed") {
        progress.prompts.failed++;
        await writers.journal.write({ kind: "failed", prompt: plan.prompt, error: outcome.error });
        await writers.journal.flush();
        planner.finished(plan.style, plan.pairs, 0);
        onEvent({ type: "prompt-failed", prompt: plan.prompt, error: outcome.error });
        consecutiveFailures++;
        if (consecutiveFailures >= maxConsecutiveFailures) {
          stop ??= "model-failing";
        }
      }
    };
    while (stop === undefined && fatal === undefined) {
      if (abortSignal?.aborted === true) {
        stop = "aborted";
        break;
      }
      if (inFlight.size >= config.concurrency) {
        await Promise.race(inFlight.values());
        continue;
      }
      let plan = queue.shift();
      if (plan === undefined) {
        const capped = config.maxPrompts !== undefined && planned >= config.maxPrompts;
        const style: QueryStyle | undefined = capped ? undefined : planner.next();
        if (style === undefined) {
          if (inFlight.size === 0) {
            stop = capped ? "max-prompts" : undefined;
            break;
          }
          await Promise.race(inFlight.values());
          continue;
        }
        plan = planPrompt(planning, style, nextPrompt++);
        planned++;
        planner.started(plan.style, plan.pairs);
        await writers.journal.write(plan);
        await writers.journal.flush();
      }
      const sent = plan;
      progress.prompts.sent++;
      progress.prompts.inFlight++;
      const task = sendPrompt(sendContext, sent)
        .then((outcome) => {
          commits = commits.then(() => handle(outcome));
          return commits;
        })
        .catch((error: unknown) => {
          fatal ??= error;
        })
        .finally(() => inFlight.delete(sent.prompt));
      inFlight.set(sent.prompt, task);
    }
    await Promise.all(inFlight.values());
    await commits.catch(() => {});
    await sync();
    clearInterval(timer);
    if (fatal !== undefined) {
      throw fatal;
    }
    const met = (Object.entries(targets) as [QueryStyle, number][]).every(
      ([style, count]) => (state.acceptedByStyle[style] ?? 0) >= count,
    );
    const reason: RunStopReason =
      stop ?? (met ? "completed" : progress.prompts.waiting > 0 ? "batch" : "max-prompts");
    const status = reason === "completed" ? "completed" : "stopped";
    const { snapshot: finalProgress, stats } = await emitProgress(status);
    onEvent({ type: "finish", stats, progress: finalProgress, reason });
    return { stats, progress: finalProgress, reason };
  } finally {
    for (const close of closers) {
      await close().catch(() => {});
    }
  }
}
