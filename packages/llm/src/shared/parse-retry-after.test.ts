import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./parse-retry-after.js";

describe("parseRetryAfter", () => {
  it("reads seconds, HTTP dates and retry-after-ms", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter({ retryAfter: "2" })).toBe(2000);
    expect(parseRetryAfter({ retryAfter: "0.5" })).toBe(500);
    expect(parseRetryAfter({ retryAfter: "Wed, 01 Jan 2025 00:00:03 GMT", now })).toBe(3000);
    expect(parseRetryAfter({ retryAfter: "Tue, 31 Dec 2024 23:59:00 GMT", now })).toBe(0);
    expect(parseRetryAfter({ retryAfter: "9", retryAfterMs: "250" })).toBe(250);
  });

  it("ignores what it cannot read", () => {
    expect(parseRetryAfter({})).toBeUndefined();
    expect(parseRetryAfter({ retryAfter: "soon" })).toBeUndefined();
    expect(parseRetryAfter({ retryAfter: "", retryAfterMs: "-5" })).toBeUndefined();
  });
});
