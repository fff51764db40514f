export { type BatchCustomIdOptions, batchCustomId } from "./batch-custom-id.js";
export type { ApiBatchRequestLine } from "./batch-request-line.js";
export { BatchResultMissingError } from "./batch-result-missing-error.js";
export {
  type BatchModel,
  type BatchModelSettings,
  type BatchResultsSource,
  createBatchModel,
} from "./create-batch-model.js";
export type { BatchResult } from "./parse-batch-result.js";
export { type ReadBatchResultsOptions, readBatchResults } from "./read-batch-results.js";
export {
  type BatchRequest,
  type WriteBatchRequestsOptions,
  type WriteBatchRequestsResult,
  writeBatchRequests,
} from "./write-batch-requests.js";
