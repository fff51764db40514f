import { describe, expect, it } from "vitest";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import { isRetryableError, retryDelayMs } from "./retry-policy.js";

const policy = { initialDelayMs: 500, maxDelayMs: 30_000, jitter: false };
const error = (statusCode: number, retryAfterMs?: number) =>
  new ModelApiCallError({
    message: "x",
    provider: "p",
    modelId: "m",
    statusCode,
    isRetryable: statusCode === 429 || statusCode >= 500,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

describe("retry policy", () => {
  it("doubles the backoff up to the cap", () => {
    expect([0, 1, 2, 3, 10].map((retry) => retryDelayMs({ ...policy, retry, error: error(500) }))).toEqual([
      500, 1000, 2000, 4000, 30_000,
    ]);
  });

  it("draws full jitter between 0 and the backoff", () => {
    expect(retryDelayMs({ ...policy, jitter: true, retry: 2, error: error(500), random: () => 0.25 })).toBe(
      500,
    );
    expect(retryDelayMs({ ...policy, jitter: true, retry: 2, error: error(500), random: () => 0 })).toBe(0);
  });

  it("never waits less than the server asked, even beyond the cap", () => {
    expect(retryDelayMs({ ...policy, retry: 0, error: error(429, 2000) })).toBe(2000);
    expect(retryDelayMs({ ...policy, retry: 0, error: error(429, 60_000) })).toBe(60_000);
    expect(retryDelayMs({ ...policy, retry: 3, error: error(429, 10) })).toBe(4000);
  });

  it("retries only errors that say they are retryable", () => {
    expect(isRetryableError(error(429))).toBe(true);
    expect(isRetryableError(error(503))).toBe(true);
    expect(isRetryableError(error(400))).toBe(false);
    expect(isRetryableError(new TypeError("bug"))).toBe(false);
    expect(isRetryableError(undefined)).toBe(false);
  });
});
