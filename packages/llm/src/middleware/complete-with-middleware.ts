import type { CompletionRequest, CompletionResponse } from "@apigen/core";
import { cacheKey } from "./cache-key.js";
import { estimateTokens } from "./estimate-tokens.js";
import { combinedSignal, type MiddlewareContext, withSignal } from "./middleware-context.js";
import { isRetryableError, retryDelayMs } from "./retry-policy.js";
import { abortReason, sleep } from "./sleep.js";

/**
 * One wrapped `complete`: a cache lookup (a hit makes no call), then, holding a concurrency slot, attempts
 * paced by the rate limiter and retried with backoff while the error is retryable; a success is cached.
 */
export async function completeWithMiddleware(
  context: MiddlewareContext,
  request: CompletionRequest,
): Promise<CompletionResponse> {
  const { model, slots, cache, usage } = context;
  const startedAt = performance.now();
  const abortSignal = combinedSignal(request, context.abortSignal);
  abortSignal?.throwIfAborted();
  const identity = { provider: model.provider, modelId: model.modelId };
  const key = cache === undefined ? undefined : cacheKey({ ...identity, request });
  if (cache !== undefined && key !== undefined) {
    const hit = await cache.read(key);
    if (hit !== undefined) {
      usage?.record({ type: "cache-hit", ...identity, usage: hit.usage });
      return { ...hit, latencyMs: Math.round(performance.now() - startedAt), cached: true };
    }
  }
  const release = await slots.acquire(abortSignal);
  let response: CompletionResponse;
  try {
    response = await attemptWithRetries(context, withSignal(request, abortSignal), abortSignal);
  } finally {
    release();
  }
  if (cache !== undefined && key !== undefined && response.finishReason !== "error") {
    await cache.write(key, response);
  }
  return response;
}

async function attemptWithRetries(
  { model, limiter, usage, retry }: MiddlewareContext,
  request: CompletionRequest,
  abortSignal: AbortSignal | undefined,
): Promise<CompletionResponse> {
  const identity = { provider: model.provider, modelId: model.modelId };
  const estimate = limiter === undefined ? 0 : estimateTokens(request);
  for (let attempt = 0; ; attempt++) {
    await limiter?.acquire({ tokens: estimate, abortSignal });
    try {
      const response = await model.complete(request);
      limiter?.adjustTokens(response.usage.inputTokens + response.usage.outputTokens - estimate);
      usage?.record({ type: "call-end", ...identity, usage: response.usage });
      return response;
    } catch (error) {
      if (abortSignal?.aborted) {
        throw abortReason(abortSignal);
      }
      usage?.record({ type: "call-error", ...identity, error });
      if (attempt >= retry.maxRetries || !isRetryableError(error)) {
        throw error;
      }
      await sleep(retryDelayMs({ ...retry, retry: attempt, error }), { abortSignal });
      usage?.record({ type: "call-retry", ...identity });
    }
  }
}
