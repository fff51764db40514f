import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CompletionRequest } from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import type { CompletionStreamPart } from "../interfaces/streaming-language-model.js";
import { createOpenAiCompatibleModel } from "../openai-compatible/create-open-ai-compatible-model.js";
import {
  type OpenAiCompatibleServer,
  type ServerScript,
  startOpenAiCompatibleServer,
} from "../testing/index.js";
import { cacheKey } from "./cache-key.js";
import { createUsageTracker } from "./create-usage-tracker.js";
import { type WrapLanguageModelOptions, wrapLanguageModel } from "./wrap-language-model.js";

const servers: OpenAiCompatibleServer[] = [];
let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "apigen-llm-cache-"));
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await rm(directory, { recursive: true, force: true });
});

async function serve(script: ServerScript, latencyMs = 0) {
  const server = await startOpenAiCompatibleServer({ script, latencyMs });
  servers.push(server);
  return server;
}

const fastRetries = { initialDelayMs: 1, maxDelayMs: 5 };

function wrapped(server: OpenAiCompatibleServer, options: WrapLanguageModelOptions = {}, timeoutMs = 10_000) {
  const base = createOpenAiCompatibleModel({ baseURL: server.url, model: "test-model", timeoutMs });
  return wrapLanguageModel(base, { retry: fastRetries, ...options });
}

const ask = (content = "Say hi"): CompletionRequest => ({ messages: [{ role: "user", content }] });
const chatCount = (server: OpenAiCompatibleServer) =>
  server.requests.filter((request) => request.path === "/v1/chat/completions").length;

describe("wrapLanguageModel retries", () => {
  it("waits as long as Retry-After says before retrying a 429", async () => {
    const server = await serve([{ status: 429, retryAfter: 1 }, { text: "ok" }]);
    const usage = createUsageTracker();
    const started = performance.now();
    const response = await wrapped(server, { usage }).complete(ask());
    const elapsed = performance.now() - started;
    expect(response.text).toBe("ok");
    expect(elapsed).toBeGreaterThanOrEqual(950);
    const [first, second] = server.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
    expect(usage.snapshot()).toMatchObject({ calls: 2, retries: 1, errors: { ModelApiCallError: 1 } });
  });

  it("honours retry-after-ms too", async () => {
    const server = await serve([{ status: 429, retryAfterMs: 200 }, { text: "ok" }]);
    const started = performance.now();
    await wrapped(server).complete(ask());
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("retries server errors, timeouts, resets, cut and garbled bodies until an answer comes", async () => {
    const server = await serve([
      { status: 500 },
      { hang: true },
      { reset: true },
      { truncated: true },
      { garbage: true },
      { text: "finally" },
    ]);
    const usage = createUsageTracker();
    const response = await wrapped(server, { usage }, 500).complete(ask());
    expect(response.text).toBe("finally");
    expect(chatCount(server)).toBe(6);
    expect(usage.snapshot()).toMatchObject({
      calls: 6,
      retries: 5,
      errors: { ModelApiCallError: 1, ModelTimeoutError: 1, ModelConnectionError: 1, ModelResponseError: 2 },
    });
  });

  it("does not retry other 4xx errors", async () => {
    const server = await serve([{ status: 400, message: "bad request" }, { text: "never sent" }]);
    await expect(wrapped(server).complete(ask())).rejects.toSatisfy(
      (error) => ModelApiCallError.isInstance(error) && error.statusCode === 400,
    );
    expect(chatCount(server)).toBe(1);
  });

  it("gives up after maxRetries with the last error", async () => {
    const server = await serve([{ status: 502 }, { status: 503 }, { status: 500 }, { text: "too late" }]);
    await expect(
      wrapped(server, { retry: { ...fastRetries, maxRetries: 2 } }).complete(ask()),
    ).rejects.toSatisfy((error) => ModelApiCallError.isInstance(error) && error.statusCode === 500);
    expect(chatCount(server)).toBe(3);
  });
});

describe("wrapLanguageModel cache", () => {
  it("answers a rerun from the cache without any request, and counts the hits", async () => {
    const server = await serve([{ text: "one" }, { text: "two" }, { text: "three" }]);
    const cache = { directory: join(directory, "rerun") };
    const firstRun = wrapped(server, { cache });
    const requests = [ask("a"), { ...ask("b"), temperature: 0.7, seed: 1 }];
    const answers = [
      await firstRun.complete(requests[0] as CompletionRequest),
      await firstRun.complete(requests[1] as CompletionRequest),
    ];
    expect(chatCount(server)).toBe(2);

    const usage = createUsageTracker();
    const rerun = wrapped(server, { cache, usage });
    const again = [
      await rerun.complete(ask("a")),
      await rerun.complete({ ...ask("b"), seed: 1, temperature: 0.7 }),
    ];
    expect(chatCount(server)).toBe(2);
    expect(again.map((response) => response.text)).toEqual(answers.map((response) => response.text));
    expect(again.every((response) => response.cached === true)).toBe(true);
    expect(usage.snapshot()).toMatchObject({ calls: 0, cacheHits: 2 });

    const changed = await rerun.complete({ ...ask("b"), seed: 1, temperature: 0.8 });
    expect(changed.text).toBe("three");
    expect(changed.cached).toBeUndefined();
    expect(chatCount(server)).toBe(3);
  });

  it("lays files out by hash and keeps no secrets in them", async () => {
    const server = await serve([{ json: { ok: true } }]);
    const cacheDirectory = join(directory, "layout");
    const model = createOpenAiCompatibleModel({
      baseURL: server.url,
      model: "test-model",
      apiKey: "sk-cache-secret-1",
    });
    const request: CompletionRequest = {
      ...ask(),
      responseFormat: { name: "ok", schema: { type: "object" } },
    };
    const response = await wrapLanguageModel(model, { cache: { directory: cacheDirectory } }).complete(
      request,
    );
    expect(response.json).toEqual({ ok: true });
    const key = cacheKey({ provider: "openai-compatible", modelId: "test-model", request });
    expect(await readdir(cacheDirectory)).toEqual([key.slice(0, 2)]);
    expect(await readdir(join(cacheDirectory, key.slice(0, 2)))).toEqual([`${key}.json`]);
    const stored = await readFile(join(cacheDirectory, key.slice(0, 2), `${key}.json`), "utf8");
    expect(stored).toContain('"json":{"ok":true}');
    expect(stored).not.toContain("sk-cache-secret-1");
  });

  it("keys on tools and tool choice, and a hit keeps the tool calls", async () => {
    const server = await serve([
      { toolCalls: [{ id: "call_1", name: "now", arguments: {} }] },
      { toolCalls: [{ id: "call_2", name: "now", arguments: "{bad" }] },
      { text: "no tools" },
    ]);
    const cache = { directory: join(directory, "tools") };
    const now = { name: "now", description: "", parameters: { type: "object" as const } };
    const request: CompletionRequest = { ...ask(), tools: [now] };
    const first = await wrapped(server, { cache }).complete(request);
    const required = await wrapped(server, { cache }).complete({ ...request, toolChoice: "required" });
    expect(required.toolCalls).toEqual([{ id: "call_2", name: "now", arguments: {}, rawArguments: "{bad" }]);
    expect((await wrapped(server, { cache }).complete(ask())).text).toBe("no tools");
    expect(chatCount(server)).toBe(3);
    const hits = [
      await wrapped(server, { cache }).complete(request),
      await wrapped(server, { cache }).complete({ ...request, toolChoice: "required" }),
    ];
    expect(chatCount(server)).toBe(3);
    expect(hits.map((hit) => hit.cached)).toEqual([true, true]);
    expect(hits[0]).toMatchObject({ toolCalls: first.toolCalls, finishReason: "tool-calls" });
    expect(hits[1]?.toolCalls).toEqual(required.toolCalls);
  });

  it("treats a corrupted entry as a miss and overwrites it", async () => {
    const server = await serve([{ text: "fresh" }, { text: "unused" }]);
    const cacheDirectory = join(directory, "corrupt");
    const model = wrapped(server, { cache: { directory: cacheDirectory } });
    const key = cacheKey({ provider: "openai-compatible", modelId: "test-model", request: ask() });
    const path = join(cacheDirectory, key.slice(0, 2), `${key}.json`);
    await model.complete(ask());
    await writeFile(path, '{"version":1,"response":{"text":"half');
    expect((await model.complete(ask())).text).toBe("unused");
    expect(chatCount(server)).toBe(2);
    expect((await model.complete(ask())).cached).toBe(true);
    expect(await readFile(path, "utf8")).toContain('"text":"unused"');
  });
});

describe("wrapLanguageModel limits and aborts", () => {
  it("keeps at most `concurrency` requests in flight at the server", async () => {
    const server = await serve(() => ({ text: "ok" }), 40);
    const model = wrapped(server, { concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, index) => model.complete(ask(`q${index}`))));
    expect(chatCount(server)).toBe(12);
    expect(server.maxInFlight).toBe(3);
  });

  it("paces requests per minute", async () => {
    const server = await serve(() => ({ text: "ok" }));
    const model = wrapped(server, { requestsPerMinute: 1200 });
    const started = performance.now();
    await Promise.all(Array.from({ length: 30 }, (_, index) => model.complete(ask(`q${index}`))));
    // A bucket of 20 (one second's worth) goes at once; the other 10 come at 20 per second.
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
  });

  it("aborts a call that waits to retry, and calls queued behind a busy slot", async () => {
    const server = await serve([{ status: 503, retryAfter: 30 }, { hang: true }]);
    const controller = new AbortController();
    const model = wrapped(server, { abortSignal: controller.signal, concurrency: 1 });
    const waiting = model.complete(ask("first"));
    const queued = model.complete(ask("second"));
    setTimeout(() => controller.abort(new Error("run cancelled")), 100);
    const started = performance.now();
    await expect(waiting).rejects.toThrow("run cancelled");
    await expect(queued).rejects.toThrow("run cancelled");
    expect(performance.now() - started).toBeLessThan(2000);
    expect(chatCount(server)).toBe(1);
  });

  it("aborts a request by its own signal while it is in flight", async () => {
    const server = await serve([{ hang: true }]);
    const controller = new AbortController();
    const pending = wrapped(server).complete({ ...ask(), abortSignal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop this one")), 50);
    await expect(pending).rejects.toThrow("stop this one");
  });
});

describe("wrapLanguageModel stream", () => {
  async function collect(parts: AsyncIterable<CompletionStreamPart>) {
    const collected: CompletionStreamPart[] = [];
    for await (const part of parts) {
      collected.push(part);
    }
    return collected;
  }

  it("retries a stream that fails before its first delta, caches it, and replays the cache", async () => {
    const server = await serve([{ status: 500 }, { text: "streamed answer" }]);
    const cache = { directory: join(directory, "stream") };
    const first = await collect(wrapped(server, { cache }).stream(ask()));
    expect(first.at(-1)).toMatchObject({ type: "finish", response: { text: "streamed answer" } });
    expect(chatCount(server)).toBe(2);
    const replay = await collect(wrapped(server, { cache }).stream(ask()));
    expect(replay).toEqual([
      { type: "text-delta", delta: "streamed answer" },
      { type: "finish", response: expect.objectContaining({ text: "streamed answer", cached: true }) },
    ]);
    expect(chatCount(server)).toBe(2);
  });
});
