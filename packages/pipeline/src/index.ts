/**
 * @apigen/pipeline: see this package's README for its one job. Its public API lands here, and only here.
 */
export {
  defaultModelRef,
  defaultStyleMix,
  describeRunConfig,
  type LoadRunConfigOptions,
  loadRunConfig,
  parseModelString,
  parseToolSpecs,
  RunConfigError,
  type RunConfigOverrides,
  type RunConfigProblem,
  runConfigJsonSchema,
  spreadCount,
} from "./config/index.js";
export {
  type CreateDeduplicatorOptions,
  createDeduplicator,
  type Deduplicator,
  type DedupRow,
  type DedupVerdict,
  type MinHashDeduplicator,
} from "./dedup/index.js";
export {
  type OpenRunModelOptions,
  openRunModel,
  type RunModel,
  runModelId,
  runModelPrices,
} from "./models/index.js";
export { type CandidateRecord, candidateId, candidateRecordSchema } from "./records/index.js";
export {
  type BatchFiles,
  type FailedPrompt,
  type FinishedPrompt,
  type PlannedPrompt,
  type PromptJournalLine,
  type PromptPreview,
  pipelineFiles,
  previewPrompts,
  RunDirectoryError,
  type RunEvent,
  type RunGenerationOptions,
  type RunProgress,
  type RunResult,
  type RunStopReason,
  runGeneration,
  truncateTornTail,
} from "./run/index.js";
export {
  createStatsCollector,
  rebuildStats,
  type StatsCollector,
  type StatsCollectorOptions,
  type StatsSnapshotOptions,
  type UsageTotalsInput,
} from "./stats/index.js";
export {
  type CategorizedTool,
  type OpenRunToolsOptions,
  openRunTools,
  type RunTools,
  type SelectedBuiltinTools,
  selectBuiltinTools,
} from "./tools/index.js";
