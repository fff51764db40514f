import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redact-secrets.js";

describe("redactSecrets", () => {
  it("replaces every occurrence of every secret, and leaves values too short to find safely", () => {
    expect(
      redactSecrets("key hf_abc123 and hf_abc123, sk-99 then abc", ["hf_abc123", "sk-99", "abc", undefined]),
    ).toBe("key [REDACTED] and [REDACTED], [REDACTED] then abc");
    expect(redactSecrets("nothing here", [])).toBe("nothing here");
  });
});
