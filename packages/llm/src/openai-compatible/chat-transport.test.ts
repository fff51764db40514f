import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { LanguageModelError } from "../errors/language-model-error.js";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import { ModelConnectionError } from "../errors/model-connection-error.js";
import { ModelTimeoutError } from "../errors/model-timeout-error.js";
import type { CompletionStreamPart } from "../interfaces/streaming-language-model.js";
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from "../testing/index.js";
import { createOpenAiCompatibleModel } from "./create-open-ai-compatible-model.js";

const servers: OpenAiCompatibleServer[] = [];
const closers: (() => void)[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  for (const close of closers) {
    close();
  }
});

const ask = { messages: [{ role: "user" as const, content: "Say hi" }] };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
}

/** A server that promises a longer body than it sends, then closes the connection. */
async function cutServer(): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": "400" });
    response.write('{"choices": [');
    setTimeout(() => response.socket?.destroy(), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

describe.each([
  { transport: "node:http (the default)", fetch: undefined },
  { transport: "the given fetch", fetch: (...args: Parameters<typeof fetch>) => fetch(...args) },
])("createOpenAiCompatibleModel over $transport", ({ fetch: fetchOption }) => {
  const modelAt = (baseURL: string, timeoutMs = 5000) =>
    createOpenAiCompatibleModel({
      baseURL,
      model: "test-model",
      apiKey: "sk-transport-0001",
      timeoutMs,
      ...(fetchOption === undefined ? {} : { fetch: fetchOption }),
    });

  it("sends the key, reads answers and streams, and classifies statuses with their waits", async () => {
    const server = await startOpenAiCompatibleServer({
      apiKey: "sk-transport-0001",
      script: [
        { text: "hello" },
        { text: "streamed answer" },
        { status: 429, retryAfterMs: 1500 },
        { status: 500 },
      ],
    });
    servers.push(server);
    const model = modelAt(server.url);
    expect(await model.complete(ask)).toMatchObject({ text: "hello", requestId: "req_test_1" });
    const parts: CompletionStreamPart[] = [];
    for await (const part of model.stream(ask)) {
      parts.push(part);
    }
    expect(parts.at(-1)).toMatchObject({ type: "finish", response: { text: "streamed answer" } });
    const limited = await failure(model.complete(ask));
    expect(ModelApiCallError.isInstance(limited)).toBe(true);
    expect(limited).toMatchObject({ statusCode: 429, isRetryable: true, retryAfterMs: 1500 });
    expect(await failure(model.complete(ask))).toMatchObject({ statusCode: 500, isRetryable: true });
    expect(server.requests[0]?.headers).toMatchObject({
      authorization: "REDACTED",
      "content-type": "application/json",
    });
  });

  it("classifies a server that is down, a reset, a timeout and a body cut short", async () => {
    const down = await startOpenAiCompatibleServer({ script: [] });
    await down.close();
    expect(await failure(modelAt(down.url).complete(ask))).toMatchObject({ code: "ECONNREFUSED" });
    const server = await startOpenAiCompatibleServer({ script: [{ reset: true }, { hang: true }] });
    servers.push(server);
    const reset = await failure(modelAt(server.url).complete(ask));
    expect(ModelConnectionError.isInstance(reset)).toBe(true);
    const timeout = await failure(modelAt(server.url, 200).complete(ask));
    expect(ModelTimeoutError.isInstance(timeout)).toBe(true);
    const cut = await failure(modelAt(await cutServer()).complete(ask));
    expect(ModelConnectionError.isInstance(cut)).toBe(true);
    for (const error of [reset, timeout, cut]) {
      expect(LanguageModelError.isInstance(error) && error.isRetryable).toBe(true);
    }
  });

  it("stops at once with the caller's reason when the caller aborts", async () => {
    const server = await startOpenAiCompatibleServer({ script: [{ hang: true }] });
    servers.push(server);
    const controller = new AbortController();
    const pending = modelAt(server.url).complete({ ...ask, abortSignal: controller.signal });
    setTimeout(() => controller.abort(new Error("stopped by the caller")), 30);
    const error = await failure(pending);
    expect(LanguageModelError.isInstance(error)).toBe(false);
    expect(String(error)).toContain("stopped by the caller");
  });
});
