export { apigenCitation } from "./card/apigen-citation.js";
export { type RenderDatasetCardOptions, renderDatasetCard } from "./card/render-dataset-card.js";
export type { CardSplit } from "./card/render-front-matter.js";
export { sizeCategory } from "./card/size-category.js";
export { ExportError, type ExportErrorKind } from "./errors/export-error.js";
export { PublishError, type PublishErrorKind } from "./errors/publish-error.js";
export { bfclCategoryOf } from "./export/bfcl-category-of.js";
export { type ExportFormat, exportFormats, isExportFormat } from "./export/export-formats.js";
export { type ExportReport, type ExportRunOptions, exportRun } from "./export/export-run.js";
export { parquetColumns } from "./export/parquet-columns.js";
export type { SkippedRow } from "./export/skipped-row.js";
export { type LoadHubTokenOptions, loadHubToken } from "./hub/load-hub-token.js";
export { publishRun } from "./hub/publish-run.js";
export { publishRunIter } from "./hub/publish-run-iter.js";
export type {
  PublishEvent,
  PublishReport,
  PublishRunCommonOptions,
  PublishRunOptions,
} from "./hub/publish-run-options.js";
export { parseSplitSpec, type SplitSpec } from "./split/parse-split-spec.js";
export {
  type HoldOut,
  type PlanSplitsOptions,
  planSplits,
  type SplitName,
  type SplitPlan,
} from "./split/plan-splits.js";
