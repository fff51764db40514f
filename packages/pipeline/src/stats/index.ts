export {
  createStatsCollector,
  type StatsCollector,
  type StatsCollectorOptions,
  type StatsSnapshotOptions,
  type UsageTotalsInput,
} from "./create-stats-collector.js";
export { rebuildStats } from "./rebuild-stats.js";
