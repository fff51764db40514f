export { type CacheKeyOptions, cacheKey } from "./cache-key.js";
export { createRateLimiter, type RateLimiter, type RateLimiterOptions } from "./create-rate-limiter.js";
export {
  createResponseCache,
  type ResponseCache,
  type ResponseCacheOptions,
} from "./create-response-cache.js";
export {
  createUsageTracker,
  type ModelPrice,
  type UsageEvent,
  type UsageSnapshot,
  type UsageTotals,
  type UsageTracker,
  type UsageTrackerOptions,
} from "./create-usage-tracker.js";
export { estimateTokens } from "./estimate-tokens.js";
export { isRetryableError, type RetryDelayOptions, type RetryOptions, retryDelayMs } from "./retry-policy.js";
export { type WrapLanguageModelOptions, wrapLanguageModel } from "./wrap-language-model.js";
