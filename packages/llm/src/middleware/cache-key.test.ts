import { JsonFloat } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { cacheKey } from "./cache-key.js";

const base = { provider: "openai-compatible", modelId: "m" };
const messages = [{ role: "user" as const, content: "hi" }];
const tool = { name: "now", description: "", parameters: { type: "object" as const } };

describe("cacheKey", () => {
  it("is a sha256 hex digest that ignores key order and the abort signal", () => {
    const key = cacheKey({
      ...base,
      request: { messages, responseFormat: { name: "a", schema: { type: "object", required: ["x"] } } },
    });
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    const reordered = cacheKey({
      ...base,
      request: {
        abortSignal: new AbortController().signal,
        responseFormat: { schema: { required: ["x"], type: "object" }, name: "a" },
        messages,
      },
    });
    expect(reordered).toBe(key);
  });

  it("changes with the provider, model, sampling settings, tools and float marks", () => {
    const keys = [
      cacheKey({ ...base, request: { messages } }),
      cacheKey({ ...base, provider: "vllm", request: { messages } }),
      cacheKey({ ...base, modelId: "n", request: { messages } }),
      cacheKey({ ...base, request: { messages, temperature: 0 } }),
      cacheKey({ ...base, request: { messages, seed: 1 } }),
      cacheKey({ ...base, request: { messages, maxTokens: 5 } }),
      cacheKey({ ...base, request: { messages, stop: ["\n"] } }),
      cacheKey({ ...base, request: { messages, tools: [tool] } }),
      cacheKey({ ...base, request: { messages, tools: [tool], toolChoice: "required" } }),
      cacheKey({ ...base, request: { messages, tools: [tool], toolChoice: { name: "now" } } }),
      cacheKey({ ...base, request: { messages, providerOptions: { vllm: { top_k: 5 } } } }),
      cacheKey({ ...base, request: { messages, providerOptions: { vllm: { top_k: new JsonFloat(5) } } } }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
