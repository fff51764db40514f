import type { CompletionRequest } from "@apigen/core";
import type { CompletionStreamPart, StreamingLanguageModel } from "../interfaces/streaming-language-model.js";
import { cacheKey } from "./cache-key.js";
import { estimateTokens } from "./estimate-tokens.js";
import { combinedSignal, type MiddlewareContext, withSignal } from "./middleware-context.js";
import { isRetryableError, retryDelayMs } from "./retry-policy.js";
import { abortReason, sleep } from "./sleep.js";

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * One wrapped `stream`: a cache hit replays the stored answer as one delta and a finish; otherwise the stream
 * holds a concurrency slot while it runs, is paced by the rate limiter, and is retried while it fails before
 * its first text delta (after that, the consumer has seen text, and the error part is passed on).
 */
export async function* streamWithMiddleware(
  context: MiddlewareContext<StreamingLanguageModel>,
  request: CompletionRequest,
): AsyncGenerator<CompletionStreamPart> {
  const { model, slots, cache, usage, limiter, retry } = context;
  const startedAt = performance.now();
  const identity = { provider: model.provider, modelId: model.modelId };
  const abortSignal = combinedSignal(request, context.abortSignal);
  const sent = withSignal(request, abortSignal);
  const key = cache === undefined ? undefined : cacheKey({ ...identity, request });
  let release: (() => void) | undefined;
  try {
    abortSignal?.throwIfAborted();
    const hit = key === undefined ? undefined : await cache?.read(key);
    if (hit !== undefined) {
      usage?.record({ type: "cache-hit", ...identity, usage: hit.usage });
      if (hit.text !== "") {
        yield { type: "text-delta", delta: hit.text };
      }
      yield {
        type: "finish",
        response: { ...hit, latencyMs: Math.round(performance.now() - startedAt), cached: true },
      };
      return;
    }
    release = await slots.acquire(abortSignal);
    const estimate = limiter === undefined ? 0 : estimateTokens(request);
    for (let attempt = 0; ; attempt++) {
      await limiter?.acquire({ tokens: estimate, abortSignal });
      let started = false;
      let failure: Error = new Error(
        `The ${model.provider} model ${model.modelId} ended its stream without a finish`,
      );
      for await (const part of model.stream(sent)) {
        if (part.type === "error") {
          failure = part.error;
          break;
        }
        if (part.type === "finish") {
          const { usage: used } = part.response;
          limiter?.adjustTokens(used.inputTokens + used.outputTokens - estimate);
          usage?.record({ type: "call-end", ...identity, usage: used });
          if (cache !== undefined && key !== undefined && part.response.finishReason !== "error") {
            await cache.write(key, part.response);
          }
          yield part;
          return;
        }
        started = true;
        yield part;
      }
      abortSignal?.throwIfAborted();
      usage?.record({ type: "call-error", ...identity, error: failure });
      if (started || attempt >= retry.maxRetries || !isRetryableError(failure)) {
        yield { type: "error", error: failure };
        return;
      }
      await sleep(retryDelayMs({ ...retry, retry: attempt, error: failure }), { abortSignal });
      usage?.record({ type: "call-retry", ...identity });
    }
  } catch (error) {
    yield { type: "error", error: abortSignal?.aborted ? abortReason(abortSignal) : asError(error) };
  } finally {
    release?.();
  }
}
