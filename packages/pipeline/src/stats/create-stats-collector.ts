import { type ModelUsage, type QueryStyle, type RunStats, runStatsSchema } from "@apigen/core";
import type { CandidateRecord } from "../records/candidate-record.js";
import { classifyRecord, recordTools } from "./classify-record.js";
import {
  addOutcome,
  createFunnelAccumulator,
  type FunnelAccumulator,
  toFunnelCounts,
} from "./funnel-accumulator.js";

/** Usage of one model role, as `UsageTracker.snapshot()` (or its `models[...]` entry) reports it. */
export interface UsageTotalsInput {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  cacheHits: number;
  retries: number;
  /** In US dollars; left out of the stats when zero (unpriced models cost 0 to the tracker). */
  cost?: number;
}

/** Options of {@link createStatsCollector}. */
export interface StatsCollectorOptions {
  /** Accepted rows wanted per style. */
  target: Partial<Record<QueryStyle, number>>;
  seed: number;
  /** One line per tool source, from `openRunTools`. */
  sources: readonly string[];
  /** From `describeRunConfig`. */
  settings: Record<string, string | number | boolean>;
  /** The model ids reported for each role. */
  models: { generator: string; judge?: string };
  /** When the run first started (ISO 8601). @default now */
  startedAt?: string;
  /** Wall time spent by earlier processes on this run (resumes). @default 0 */
  priorWallMs?: number;
}

/** Options of {@link StatsCollector.snapshot}. */
export interface StatsSnapshotOptions {
  status: RunStats["status"];
  usage: { generator: UsageTotalsInput; judge?: UsageTotalsInput };
  /** @default new Date() */
  now?: Date;
}

/** Counts candidates as they are recorded and turns them into `RunStats`. */
export interface StatsCollector {
  /** Counts one line of `candidates.jsonl`. */
  record(record: CandidateRecord): void;
  /** Rows accepted so far, in all or of one style. */
  accepted(style?: QueryStyle): number;
  /** The stats now, validated against core's `runStatsSchema`. */
  snapshot(options: StatsSnapshotOptions): RunStats;
}

/**
 * Collects the funnel of a run (the paper's Table 1) overall and by style, category, tool and prompt template,
 * with rejection reasons keyed `stage/reason` and `duplicate/<reason>`. Wall time is this process's time since
 * the collector was made plus `priorWallMs`; rows per minute are accepted rows over that time.
 *
 * @example
 * const stats = createStatsCollector({ target, seed, sources, settings: describeRunConfig(config), models });
 * stats.record(record);
 * await writeFile(join(runDir, runFiles.stats), stringifyJson(stats.snapshot({ status: "running", usage })));
 */
export function createStatsCollector({
  target,
  seed,
  sources,
  settings,
  models,
  startedAt = new Date().toISOString(),
  priorWallMs = 0,
}: StatsCollectorOptions): StatsCollector {
  const sessionStart = Date.now();
  const total = createFunnelAccumulator();
  const groups = {
    style: new Map(),
    category: new Map(),
    tool: new Map(),
    prompt: new Map(),
  } satisfies Record<string, Map<string, FunnelAccumulator>>;
  const add = (
    group: Map<string, FunnelAccumulator>,
    key: string,
    outcome: ReturnType<typeof classifyRecord>,
  ) => {
    let funnel = group.get(key);
    if (funnel === undefined) {
      funnel = createFunnelAccumulator();
      group.set(key, funnel);
    }
    addOutcome(funnel, outcome);
  };
  const breakdown = (group: Map<string, FunnelAccumulator>) =>
    Object.fromEntries(
      [...group]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, funnel]) => [key, toFunnelCounts(funnel)]),
    );
  const usageOf = (model: string, totals: UsageTotalsInput): ModelUsage => ({
    model,
    calls: totals.calls,
    inputTokens: totals.inputTokens,
    outputTokens: totals.outputTokens,
    cacheHits: totals.cacheHits,
    retries: totals.retries,
    ...(totals.cost !== undefined && totals.cost > 0 ? { costUsd: totals.cost } : {}),
  });
  const byStyleTarget = Object.fromEntries(
    Object.entries(target).filter(([, count]) => count !== undefined),
  ) as Record<string, number>;

  return {
    record(record) {
      const outcome = classifyRecord(record);
      addOutcome(total, outcome);
      add(groups.style, record.style, outcome);
      add(groups.category, record.category, outcome);
      add(groups.prompt, record.promptId, outcome);
      for (const tool of recordTools(record)) {
        add(groups.tool, tool, outcome);
      }
    },
    accepted(style) {
      return style === undefined ? total.accepted : (groups.style.get(style)?.accepted ?? 0);
    },
    snapshot({ status, usage, now = new Date() }) {
      const wallMs = Math.max(0, priorWallMs + (now.getTime() - sessionStart));
      const judgeModel = models.judge ?? models.generator;
      return runStatsSchema.parse({
        status,
        target: {
          total: Object.values(byStyleTarget).reduce((sum, count) => sum + count, 0),
          byStyle: byStyleTarget,
        },
        funnel: toFunnelCounts(total),
        byStyle: breakdown(groups.style),
        byCategory: breakdown(groups.category),
        byTool: breakdown(groups.tool),
        byPrompt: breakdown(groups.prompt),
        usage: {
          generator: usageOf(models.generator, usage.generator),
          ...(usage.judge === undefined ? {} : { judge: usageOf(judgeModel, usage.judge) }),
        },
        sources: [...sources],
        seed,
        settings,
        timing: {
          startedAt,
          updatedAt: now.toISOString(),
          wallMs,
          rowsPerMinute: wallMs === 0 ? 0 : (total.accepted * 60_000) / wallMs,
        },
      });
    },
  };
}
