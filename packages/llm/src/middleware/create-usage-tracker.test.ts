import { describe, expect, it } from "vitest";
import { ModelTimeoutError } from "../errors/model-timeout-error.js";
import { createUsageTracker } from "./create-usage-tracker.js";

describe("createUsageTracker", () => {
  it("counts calls, retries, hits, errors by class, tokens and cost per model", () => {
    const usage = createUsageTracker({ prices: { big: { inputPerMillion: 2, outputPerMillion: 8 } } });
    const big = { provider: "p", modelId: "big" };
    const small = { provider: "p", modelId: "small" };
    usage.record({
      type: "call-error",
      ...big,
      error: new ModelTimeoutError({ message: "slow", timeoutMs: 5, ...big }),
    });
    usage.record({ type: "call-retry", ...big });
    usage.record({ type: "call-end", ...big, usage: { inputTokens: 1_000_000, outputTokens: 500_000 } });
    usage.record({ type: "cache-hit", ...big, usage: { inputTokens: 10, outputTokens: 5 } });
    usage.record({ type: "call-end", ...small, usage: { inputTokens: 3, outputTokens: 4 } });
    usage.record({ type: "call-error", ...small, error: new TypeError("bug") });
    const snapshot = usage.snapshot();
    expect(snapshot).toMatchObject({
      calls: 4,
      retries: 1,
      cacheHits: 1,
      errors: { ModelTimeoutError: 1, TypeError: 1 },
      inputTokens: 1_000_003,
      outputTokens: 500_004,
      cachedInputTokens: 10,
      cachedOutputTokens: 5,
      cost: 6,
      unpricedModels: ["p/small"],
    });
    expect(snapshot.models["p/big"]).toMatchObject({
      calls: 2,
      retries: 1,
      cost: 6,
      errors: { ModelTimeoutError: 1 },
    });
    expect(snapshot.models["p/small"]).toMatchObject({ calls: 2, cost: 0 });
  });

  it("hands out copies that later calls do not change", () => {
    const usage = createUsageTracker();
    const before = usage.snapshot();
    usage.record({ type: "call-error", provider: "p", modelId: "m", error: new Error("x") });
    expect(before.errors).toEqual({});
    expect(usage.snapshot().errors).toEqual({ Error: 1 });
  });
});
