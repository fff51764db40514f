export {
  createStatsCollector,
  type StatsCollector,
  type StatsCollectorOptions,
  type StatsSnapshotOptions,
  type UsageTotalsInput,
} from "./create-stats-collector.js";
export { formatDuration } from "./format-duration.js";
export { type FormatRunStatsOptions, formatRunStats, type StatsBreakdown } from "./format-run-stats.js";
export { rebuildStats } from "./rebuild-stats.js";
