import type { CompletionRequest, LanguageModel } from "@apigen/core";
import {
  isStreamingLanguageModel,
  type StreamingLanguageModel,
} from "../interfaces/streaming-language-model.js";
import { completeWithMiddleware } from "./complete-with-middleware.js";
import { createRateLimiter } from "./create-rate-limiter.js";
import { createResponseCache } from "./create-response-cache.js";
import { createSlots } from "./create-slots.js";
import type { UsageTracker } from "./create-usage-tracker.js";
import type { MiddlewareContext } from "./middleware-context.js";
import type { RetryOptions } from "./retry-policy.js";
import { streamWithMiddleware } from "./stream-with-middleware.js";

/** Options of {@link wrapLanguageModel}. */
export interface WrapLanguageModelOptions {
  /** The most calls in flight at once; none means no limit. */
  concurrency?: number;
  /** Requests per minute, paced by a token bucket; none means no limit. */
  requestsPerMinute?: number;
  /** Input plus output tokens per minute, estimated before a call and corrected by its usage; none means no limit. */
  tokensPerMinute?: number;
  /**
   * Retries with exponential backoff and full jitter for retryable errors (429, 5xx, timeouts, resets, cut or
   * garbled bodies), never shorter than the server's `Retry-After`. Other errors fail at once.
   * @default { maxRetries: 5, initialDelayMs: 500, maxDelayMs: 30000, jitter: true }
   */
  retry?: RetryOptions;
  /**
   * A content-addressed response cache on disk; a hit makes no call. `false` turns it off.
   * @default false
   */
  cache?: { directory: string } | false;
  /** Where calls, retries, cache hits, errors, tokens and cost are counted. */
  usage?: UsageTracker;
  /** Aborts every call made through the wrapper (queued, waiting or in flight). */
  abortSignal?: AbortSignal;
}

/**
 * Wraps any {@link LanguageModel} in the middleware a long run needs: a response cache, a concurrency limit,
 * request and token rate limits, retries with backoff, and usage accounting. The result is a `LanguageModel`
 * with the same provider and model id (and a `stream` when the wrapped model has one).
 *
 * @example
 * const model = wrapLanguageModel(createOpenAiCompatibleModel({ baseURL, model: "gpt-4o-mini" }), {
 *   concurrency: 32, requestsPerMinute: 500, cache: { directory: "run/llm-cache" }, usage: createUsageTracker(),
 * });
 */
export function wrapLanguageModel(
  model: StreamingLanguageModel,
  options?: WrapLanguageModelOptions,
): StreamingLanguageModel;
export function wrapLanguageModel(model: LanguageModel, options?: WrapLanguageModelOptions): LanguageModel;
export function wrapLanguageModel(
  model: LanguageModel,
  {
    concurrency,
    requestsPerMinute,
    tokensPerMinute,
    retry: { maxRetries = 5, initialDelayMs = 500, maxDelayMs = 30_000, jitter = true } = {},
    cache = false,
    usage,
    abortSignal,
  }: WrapLanguageModelOptions = {},
): LanguageModel {
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new TypeError(`retry.maxRetries must be a whole number of at least 0, got ${maxRetries}`);
  }
  const context: MiddlewareContext = {
    model,
    slots: createSlots(concurrency),
    limiter:
      requestsPerMinute === undefined && tokensPerMinute === undefined
        ? undefined
        : createRateLimiter({ requestsPerMinute, tokensPerMinute }),
    cache: cache === false ? undefined : createResponseCache(cache),
    usage,
    retry: { maxRetries, initialDelayMs, maxDelayMs, jitter },
    abortSignal,
  };
  const wrapped: LanguageModel = {
    provider: model.provider,
    modelId: model.modelId,
    complete: (request: CompletionRequest) => completeWithMiddleware(context, request),
  };
  if (!isStreamingLanguageModel(model)) {
    return wrapped;
  }
  const streamContext: MiddlewareContext<StreamingLanguageModel> = { ...context, model };
  const streaming: StreamingLanguageModel = {
    ...wrapped,
    stream: (request: CompletionRequest) => streamWithMiddleware(streamContext, request),
  };
  return streaming;
}
