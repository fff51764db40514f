import type { CompletionRequest, LanguageModel } from "@apigen/core";
import type { RateLimiter } from "./create-rate-limiter.js";
import type { ResponseCache } from "./create-response-cache.js";
import type { Slots } from "./create-slots.js";
import type { UsageTracker } from "./create-usage-tracker.js";
import type { RetryOptions } from "./retry-policy.js";

/** Everything a wrapped call needs, built once by `wrapLanguageModel`. */
export interface MiddlewareContext<Model extends LanguageModel = LanguageModel> {
  model: Model;
  slots: Slots;
  limiter: RateLimiter | undefined;
  cache: ResponseCache | undefined;
  usage: UsageTracker | undefined;
  retry: Required<RetryOptions>;
  abortSignal: AbortSignal | undefined;
}

/** The request's own signal combined with the wrapper's, if either is set. */
export function combinedSignal(request: CompletionRequest, wrapperSignal: AbortSignal | undefined) {
  const signals = [request.abortSignal, wrapperSignal].filter((signal) => signal !== undefined);
  return signals.length > 1 ? AbortSignal.any(signals) : signals[0];
}

/** The request as sent to the inner model, carrying the combined signal. */
export function withSignal(
  request: CompletionRequest,
  abortSignal: AbortSignal | undefined,
): CompletionRequest {
  return abortSignal === undefined || abortSignal === request.abortSignal
    ? request
    : { ...request, abortSignal };
}
