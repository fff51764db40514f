/**
 * @apigen/llm: implementations of `LanguageModel` (OpenAI-compatible servers, Hugging Face Inference
 * Providers, local GGUF models, batch files) and the middleware a long run needs. Its public API is listed here.
 */
export {
  type ApiBatchRequestLine,
  type BatchCustomIdOptions,
  type BatchModel,
  type BatchModelSettings,
  type BatchRequest,
  type BatchResult,
  BatchResultMissingError,
  type BatchResultsSource,
  batchCustomId,
  createBatchModel,
  type ReadBatchResultsOptions,
  readBatchResults,
  type WriteBatchRequestsOptions,
  type WriteBatchRequestsResult,
  writeBatchRequests,
} from "./batch/index.js";
export {
  LanguageModelError,
  type LanguageModelErrorOptions,
  LoadApiKeyError,
  ModelApiCallError,
  ModelConnectionError,
  ModelResponseError,
  type ModelResponseProblem,
  ModelTimeoutError,
} from "./errors/index.js";
export {
  createHuggingFaceModel,
  type HuggingFaceModelSettings,
  type HuggingFaceRouting,
} from "./huggingface/index.js";
export {
  type CompletionStreamPart,
  isStreamingLanguageModel,
  type StreamingLanguageModel,
} from "./interfaces/streaming-language-model.js";
export {
  createLlamaCppModel,
  defaultLlamaCppModelUri,
  type LlamaCppModel,
  type LlamaCppModelSettings,
  type LlamaCppModelSource,
} from "./llama-cpp/index.js";
export { type LoadApiKeyOptions, loadApiKey } from "./load-api-key.js";
export {
  type CacheKeyOptions,
  cacheKey,
  createRateLimiter,
  createResponseCache,
  createUsageTracker,
  estimateTokens,
  isRetryableError,
  type ModelPrice,
  type RateLimiter,
  type RateLimiterOptions,
  type ResponseCache,
  type ResponseCacheOptions,
  type RetryDelayOptions,
  type RetryOptions,
  retryDelayMs,
  type UsageEvent,
  type UsageSnapshot,
  type UsageTotals,
  type UsageTracker,
  type UsageTrackerOptions,
  type WrapLanguageModelOptions,
  wrapLanguageModel,
} from "./middleware/index.js";
export {
  createOpenAiCompatibleModel,
  type OpenAiCompatibleModel,
  type OpenAiCompatibleModelSettings,
  type StructuredOutputMode,
} from "./openai-compatible/index.js";
export { parseJsonAnswer } from "./shared/parse-json-answer.js";
export { parseRetryAfter, type RetryAfterHeaders } from "./shared/parse-retry-after.js";
