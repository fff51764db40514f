import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createRateLimiter } from "./create-rate-limiter.js";

describe("createRateLimiter", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function acquireTimes(limiter: ReturnType<typeof createRateLimiter>, tokens: number[]) {
    const times: number[] = [];
    const done = Promise.all(
      tokens.map((amount) => limiter.acquire({ tokens: amount }).then(() => times.push(Date.now()))),
    );
    await vi.runAllTimersAsync();
    await done;
    return times;
  }

  it("lets a second's worth of requests through, then one per 1/rate", async () => {
    const limiter = createRateLimiter({ requestsPerMinute: 120, now: () => Date.now() });
    expect(await acquireTimes(limiter, [0, 0, 0, 0])).toEqual([0, 0, 500, 1000]);
  });

  it("spends and refills the token budget, corrected by the real usage", async () => {
    const limiter = createRateLimiter({ tokensPerMinute: 6000, now: () => Date.now() });
    expect(await acquireTimes(limiter, [60, 40])).toEqual([0, 0]);
    limiter.adjustTokens(100);
    expect(await acquireTimes(limiter, [50])).toEqual([1500]);
  });

  it("lets a call larger than the bucket through once the bucket is full", async () => {
    const limiter = createRateLimiter({ tokensPerMinute: 600, now: () => Date.now() });
    expect(await acquireTimes(limiter, [10, 500])).toEqual([0, 1000]);
  });

  it("stops waiting when aborted", async () => {
    const limiter = createRateLimiter({ requestsPerMinute: 60, now: () => Date.now() });
    await limiter.acquire({ tokens: 0 });
    const controller = new AbortController();
    const waiting = limiter.acquire({ tokens: 0, abortSignal: controller.signal });
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
  });

  it("rejects limits that are not positive", () => {
    expect(() => createRateLimiter({ requestsPerMinute: 0 })).toThrow(TypeError);
  });
});
