import type { ModelRef } from "@apigen/core";
import type { ModelPrice } from "@apigen/llm";
import { runModelId } from "./open-run-model.js";

/**
 * The price table of a run's models, keyed by the model id the provider reports, for
 * `createUsageTracker({ prices })`. Models without a `price` are left out (their cost is reported as unknown).
 *
 * @example
 * createUsageTracker({ prices: runModelPrices([config.generator.model, config.judge.model].filter(Boolean)) })
 */
export function runModelPrices(refs: readonly (ModelRef | undefined)[]): Record<string, ModelPrice> {
  const prices: Record<string, ModelPrice> = {};
  for (const ref of refs) {
    if (ref?.price !== undefined) {
      prices[runModelId(ref)] = { ...ref.price };
    }
  }
  return prices;
}
