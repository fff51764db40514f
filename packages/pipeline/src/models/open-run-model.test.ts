import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ModelRef } from "@apigen/core";
import { createUsageTracker, LoadApiKeyError } from "@apigen/llm";
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from "@apigen/llm/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRunModel, runModelId } from "./open-run-model.js";
import { runModelPrices } from "./run-model-prices.js";

const secret = "sk-test-secret-4242";
let server: OpenAiCompatibleServer;
let folder: string;
beforeAll(async () => {
  server = await startOpenAiCompatibleServer({ script: () => ({ text: "hello" }), apiKey: secret });
  folder = await mkdtemp(join(tmpdir(), "apigen-models-"));
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

const chats = () => server.requests.filter((request) => request.path.endsWith("/chat/completions")).length;
const request = { messages: [{ role: "user" as const, content: "Say hello" }], temperature: 0 };

async function failure(action: () => unknown): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("openRunModel", () => {
  const ref: ModelRef = {
    provider: "openai-compatible",
    model: "test-model",
    baseUrl: "http://127.0.0.1:1/v1",
    apiKeyEnv: "RUN_TEST_KEY",
    price: { inputPerMillion: 1_000_000, outputPerMillion: 2_000_000 },
  };

  it("calls through the middleware, then answers the same request from the cache", async () => {
    const usage = createUsageTracker({ prices: runModelPrices([ref]) });
    const model = openRunModel(
      { ...ref, baseUrl: server.url, concurrency: 2 },
      { cacheDir: join(folder, "cache"), usage, env: { RUN_TEST_KEY: secret } },
    );
    const before = chats();
    const first = await model.complete(request);
    expect(first.text).toBe("hello");
    expect(chats()).toBe(before + 1);
    const second = await model.complete(request);
    expect(second.text).toBe("hello");
    expect(chats()).toBe(before + 1);
    const snapshot = usage.snapshot();
    expect([snapshot.calls, snapshot.cacheHits]).toEqual([1, 1]);
    expect(snapshot.cost).toBeGreaterThan(0);
    expect(snapshot.unpricedModels).toEqual([]);
    await model.close();
  });

  it("names a missing key's variable and never shows a key", async () => {
    const missing = await failure(() => openRunModel(ref, { env: {} }));
    expect(LoadApiKeyError.isInstance(missing)).toBe(true);
    expect(String(missing)).toContain("RUN_TEST_KEY");
    const hf = await failure(() =>
      openRunModel({ provider: "huggingface", model: "org/model" }, { env: {} }),
    );
    expect(String(hf)).toContain("HF_TOKEN");

    const wrong = "sk-wrong-key-9999";
    const model = openRunModel({ ...ref, baseUrl: server.url }, { env: { RUN_TEST_KEY: wrong } });
    const rejected = await failure(() => model.complete({ ...request, seed: 2 }));
    expect(String(rejected)).toMatch(/401|auth/i);
    const shown = JSON.stringify(rejected, Object.getOwnPropertyNames(rejected as object));
    expect(`${shown} ${String(rejected)} ${(rejected as Error).stack}`).not.toContain(wrong);
  });

  it("keys prices by the model id the provider reports", () => {
    const local: ModelRef = {
      provider: "llama-cpp",
      model: "/models/qwen-1.5b.gguf",
      price: { inputPerMillion: 0, outputPerMillion: 0 },
    };
    expect(runModelId(local)).toBe("qwen-1.5b");
    expect(
      Object.keys(runModelPrices([local, undefined, { provider: "huggingface", model: "a/b" }])),
    ).toEqual(["qwen-1.5b"]);
  });
});
