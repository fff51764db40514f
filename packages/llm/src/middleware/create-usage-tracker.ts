import type { CompletionUsage } from "@apigen/core";

/** Prices of one model, per million tokens, in whatever currency the table uses. */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
}

/** One thing that happened to a model call, as the middleware reports it. */
export type UsageEvent =
  /** An attempt that got an answer. */
  | { type: "call-end"; provider: string; modelId: string; usage: CompletionUsage }
  /** An attempt that failed; only the error's class name is kept. */
  | { type: "call-error"; provider: string; modelId: string; error: unknown }
  /** A retry is about to be sent. */
  | { type: "call-retry"; provider: string; modelId: string }
  /** An answer came from the cache; `usage` is what the call would have cost. */
  | { type: "cache-hit"; provider: string; modelId: string; usage: CompletionUsage };

/** Counts of one model, or of all of them. */
export interface UsageTotals {
  /** Attempts sent to the model, retries included. */
  calls: number;
  /** Attempts that were retries. */
  retries: number;
  /** Answers served from the cache (no call made). */
  cacheHits: number;
  /** Failed attempts by error class name, e.g. `{ ModelApiCallError: 3, ModelTimeoutError: 1 }`. */
  errors: Record<string, number>;
  inputTokens: number;
  outputTokens: number;
  /** Tokens the cache saved: the usage of the cached answers. */
  cachedInputTokens: number;
  cachedOutputTokens: number;
  /** The price of the tokens used (not of cached ones), from the price table; 0 for unpriced models. */
  cost: number;
}

/** A copy of the counts at one moment. */
export interface UsageSnapshot extends UsageTotals {
  /** The same counts per `provider/modelId`. */
  models: Record<string, UsageTotals>;
  /** Models that were used but have no entry in the price table. */
  unpricedModels: string[];
}

/** Collects usage across calls; pass one to `wrapLanguageModel({ usage })` and read `snapshot()`. */
export interface UsageTracker {
  record(event: UsageEvent): void;
  snapshot(): UsageSnapshot;
}

/** Options of {@link createUsageTracker}. */
export interface UsageTrackerOptions {
  /** Prices per million tokens keyed by model id (as the provider names it). */
  prices?: Readonly<Record<string, ModelPrice>>;
}

const emptyTotals = (): UsageTotals => ({
  calls: 0,
  retries: 0,
  cacheHits: 0,
  errors: {},
  inputTokens: 0,
  outputTokens: 0,
  cachedInputTokens: 0,
  cachedOutputTokens: 0,
  cost: 0,
});

/**
 * Counts calls, retries, cache hits, failed attempts by class, tokens in and out and their cost for a run.
 * It keeps numbers and names only: no prompts, no answers, no keys.
 *
 * @example
 * const usage = createUsageTracker({ prices: { "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6 } } });
 * const model = wrapLanguageModel(base, { usage });
 * console.log(usage.snapshot().cost);
 */
export function createUsageTracker({ prices = {} }: UsageTrackerOptions = {}): UsageTracker {
  const total = emptyTotals();
  const models = new Map<string, UsageTotals>();
  const unpriced = new Set<string>();

  const apply = (totals: UsageTotals, event: UsageEvent) => {
    switch (event.type) {
      case "call-end": {
        const price = Object.hasOwn(prices, event.modelId) ? prices[event.modelId] : undefined;
        totals.calls++;
        totals.inputTokens += event.usage.inputTokens;
        totals.outputTokens += event.usage.outputTokens;
        if (price === undefined) {
          unpriced.add(`${event.provider}/${event.modelId}`);
        } else {
          totals.cost +=
            (event.usage.inputTokens * price.inputPerMillion +
              event.usage.outputTokens * price.outputPerMillion) /
            1e6;
        }
        break;
      }
      case "call-error": {
        totals.calls++;
        const name = errorName(event.error);
        totals.errors[name] = (totals.errors[name] ?? 0) + 1;
        break;
      }
      case "call-retry":
        totals.retries++;
        break;
      case "cache-hit":
        totals.cacheHits++;
        totals.cachedInputTokens += event.usage.inputTokens;
        totals.cachedOutputTokens += event.usage.outputTokens;
        break;
    }
  };

  return {
    record(event) {
      const key = `${event.provider}/${event.modelId}`;
      let perModel = models.get(key);
      if (perModel === undefined) {
        perModel = emptyTotals();
        models.set(key, perModel);
      }
      apply(total, event);
      apply(perModel, event);
    },
    snapshot() {
      const copy = (totals: UsageTotals): UsageTotals => ({ ...totals, errors: { ...totals.errors } });
      return {
        ...copy(total),
        models: Object.fromEntries([...models].map(([key, totals]) => [key, copy(totals)])),
        unpricedModels: [...unpriced].sort(),
      };
    },
  };
}

function errorName(error: unknown): string {
  if (error instanceof Error || (error !== null && typeof error === "object" && "name" in error)) {
    const name = (error as { name: unknown }).name;
    return typeof name === "string" && name !== "" ? name : "Error";
  }
  return typeof error;
}
