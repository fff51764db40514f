export {
  type ModelRef,
  modelRefSchema,
  type RunConfig,
  type RunConfigInput,
  runConfigSchema,
} from "./run-config.js";
export { readRunExamples, readRunStats, runFiles } from "./run-directory.js";
export {
  type FunnelCounts,
  funnelCountsSchema,
  type ModelUsage,
  modelUsageSchema,
  type RunStats,
  runStatsSchema,
} from "./run-stats.js";
