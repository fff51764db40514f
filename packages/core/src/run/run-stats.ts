import { z } from "zod";

const count = z.number().int().nonnegative();

/**
 * The verification funnel of a set of candidates, as in the paper's Table 1. Every generated candidate ends in
 * exactly one of `accepted` or one `failed` bucket, so `generated = accepted + sum(failed)`.
 */
export const funnelCountsSchema = z.object({
  /** Candidates that came out of the model (or tried to: unparseable text counts as one format failure). */
  generated: count,
  accepted: count,
  failed: z.object({
    format: count,
    execution: count,
    semantic: count,
    /** Exact or near duplicates of a row already accepted. */
    duplicate: count,
  }),
  /** `accepted / generated`; 0 when nothing was generated. */
  passRate: z.number().min(0).max(1),
  /** Rejections by `stage/reason` (e.g. `format/unknown_tool`, `duplicate/near_duplicate_query`), most first. */
  reasons: z.record(z.string(), count),
});
export type FunnelCounts = z.infer<typeof funnelCountsSchema>;

/** Model calls and tokens of one role (generator or judge) in a run. */
export const modelUsageSchema = z.object({
  model: z.string(),
  calls: count,
  inputTokens: count,
  outputTokens: count,
  cacheHits: count,
  retries: count,
  /** In US dollars, when a price is configured for the model. */
  costUsd: z.number().nonnegative().optional(),
});
export type ModelUsage = z.infer<typeof modelUsageSchema>;

/**
 * `stats.json` of a run directory: enough to print the funnel and to write a data set card without reading
 * anything else. Written by the pipeline while it runs and once more when it stops.
 */
export const runStatsSchema = z.object({
  /** `running` while a process is writing, `completed` when the targets were met, `stopped` when interrupted. */
  status: z.enum(["running", "completed", "stopped"]),
  /** Rows the run was asked for, in all and per style. */
  target: z.object({ total: count, byStyle: z.record(z.string(), count) }),
  funnel: funnelCountsSchema,
  byStyle: z.record(z.string(), funnelCountsSchema),
  byCategory: z.record(z.string(), funnelCountsSchema),
  byTool: z.record(z.string(), funnelCountsSchema),
  byPrompt: z.record(z.string(), funnelCountsSchema),
  usage: z.object({ generator: modelUsageSchema, judge: modelUsageSchema.optional() }),
  /** Where the tools came from, one line each (e.g. `builtin: finance, math (24 tools)`, `mcp: server-memory`). */
  sources: z.array(z.string()),
  seed: z.number().int(),
  /** Settings worth stating on a card, flattened to `name: value` (sampling ranges, stage options, ...). */
  settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  timing: z.object({
    /** ISO 8601. */
    startedAt: z.string(),
    updatedAt: z.string(),
    /** Time spent running, summed over every process that worked on the run (resumes included). */
    wallMs: z.number().nonnegative(),
    rowsPerMinute: z.number().nonnegative(),
  }),
});
export type RunStats = z.infer<typeof runStatsSchema>;
