import { inspect } from "node:util";
import { type CompletionRequest, isJsonObject, type JsonValue } from "@apigen/core";
import { afterAll, describe, expect, it } from "vitest";
import { LanguageModelError } from "../errors/language-model-error.js";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import { ModelConnectionError } from "../errors/model-connection-error.js";
import { ModelResponseError } from "../errors/model-response-error.js";
import { ModelTimeoutError } from "../errors/model-timeout-error.js";
import {
  type OpenAiCompatibleServer,
  type ServerScript,
  startOpenAiCompatibleServer,
} from "../testing/index.js";
import { createOpenAiCompatibleModel } from "./create-open-ai-compatible-model.js";
import type { OpenAiCompatibleModelSettings } from "./open-ai-compatible-model-settings.js";

const servers: OpenAiCompatibleServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function serve(script: ServerScript, options: { apiKey?: string } = {}) {
  const server = await startOpenAiCompatibleServer({ script, ...options });
  servers.push(server);
  return server;
}

function modelAt(server: OpenAiCompatibleServer, settings: Partial<OpenAiCompatibleModelSettings> = {}) {
  return createOpenAiCompatibleModel({
    baseURL: server.url,
    model: "test-model",
    apiKey: "sk-test-secret-0001",
    ...settings,
  });
}

const ask: CompletionRequest = { messages: [{ role: "user", content: "Say hi" }] };
const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };

function chatBodies(server: OpenAiCompatibleServer): Record<string, JsonValue>[] {
  return server.requests
    .filter((request) => request.path === "/v1/chat/completions")
    .map((request) => (isJsonObject(request.body) ? request.body : {}));
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("createOpenAiCompatibleModel", () => {
  it("sends the request over HTTP and reads text, usage, finish reason and request id", async () => {
    const server = await serve([{ text: "hi there", usage: { inputTokens: 7, outputTokens: 3 } }]);
    const model = modelAt(server);
    const response = await model.complete({
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Say hi" },
      ],
      temperature: 0.5,
      seed: 7,
      maxTokens: 20,
      stop: ["\n"],
      providerOptions: { "openai-compatible": { top_p: 0.9 } },
    });
    expect(response).toMatchObject({
      text: "hi there",
      usage: { inputTokens: 7, outputTokens: 3 },
      finishReason: "stop",
      requestId: "req_test_1",
    });
    expect(response.json).toBeUndefined();
    expect(response.latencyMs).toBeGreaterThanOrEqual(0);
    expect(model.provider).toBe("openai-compatible");
    expect(chatBodies(server)[0]).toEqual({
      model: "test-model",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Say hi" },
      ],
      temperature: 0.5,
      seed: 7,
      max_tokens: 20,
      stop: ["\n"],
      top_p: 0.9,
    });
  });

  it("asks for JSON through response_format.json_schema and parses the answer", async () => {
    const server = await serve([{ json: { city: "Paris" } }, { text: "not json" }]);
    const model = modelAt(server);
    const response = await model.complete({ ...ask, responseFormat: { name: "place", schema } });
    expect(response.json).toEqual({ city: "Paris" });
    expect(chatBodies(server)[0]?.response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "place", schema },
    });
    const unparsed = await model.complete({ ...ask, responseFormat: { name: "place", schema } });
    expect(unparsed.text).toBe("not json");
    expect(unparsed.json).toBeUndefined();
  });

  it("falls back to json_object, then to the prompt, when the server rejects response formats, and remembers", async () => {
    const server = await serve((request) => {
      const format = isJsonObject(request.body) ? request.body.response_format : undefined;
      if (isJsonObject(format) && format.type === "json_schema") {
        return { status: 400, message: "response_format json_schema is not supported by this server" };
      }
      if (isJsonObject(format)) {
        return {
          status: 400,
          body: { object: "error", message: "Unknown response_format type json_object" },
        };
      }
      return { text: '```json\n{"city": "Oslo"}\n```' };
    });
    const model = modelAt(server);
    const first = await model.complete({ ...ask, responseFormat: { name: "place", schema } });
    expect(first.json).toEqual({ city: "Oslo" });
    expect(model.structuredOutput).toBe("prompt");
    await model.complete({ ...ask, responseFormat: { name: "place", schema } });
    const bodies = chatBodies(server);
    expect(
      bodies.map((body) => (isJsonObject(body.response_format) ? body.response_format.type : "none")),
    ).toEqual(["json_schema", "json_object", "none", "none"]);
    const messages = bodies[3]?.messages as { role: string; content: string }[];
    expect(messages[0]?.role).toBe("system");
    expect(messages[0]?.content).toContain("Answer with JSON only");
    expect(messages[0]?.content).toContain('"city"');
  });

  it("maps tool calls and tool results to the wire shape", async () => {
    const server = await serve([{ text: "done" }]);
    await modelAt(server).complete({
      messages: [
        { role: "user", content: "Weather?" },
        {
          role: "assistant",
          content: "",
          toolCalls: [{ id: "call_1", name: "weather", arguments: { city: "Rome" } }],
        },
        { role: "tool", toolCallId: "call_1", content: '{"temp": 20}' },
      ],
    });
    expect(chatBodies(server)[0]?.messages).toEqual([
      { role: "user", content: "Weather?" },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "call_1", type: "function", function: { name: "weather", arguments: '{"city":"Rome"}' } },
        ],
      },
      { role: "tool", tool_call_id: "call_1", content: '{"temp": 20}' },
    ]);
    await expect(modelAt(server).complete({ messages: [{ role: "tool", content: "x" }] })).rejects.toThrow(
      /toolCallId/,
    );
    expect(chatBodies(server)).toHaveLength(1);
  });

  it("maps finish reasons", async () => {
    const server = await serve([
      { text: "a", finishReason: "length" },
      { text: "b", finishReason: "content_filter" },
      { text: "", finishReason: "tool_calls" },
      { text: "d", finishReason: null },
    ]);
    const model = modelAt(server);
    const reasons = [];
    for (let index = 0; index < 4; index++) {
      reasons.push((await model.complete(ask)).finishReason);
    }
    expect(reasons).toEqual(["length", "content-filter", "tool-calls", "other"]);
  });

  it("sends only its own key as a bearer token, uses the given fetch and headers, and never logs the key", async () => {
    const server = await serve([{ text: "ok" }, { text: "ok" }], { apiKey: "sk-test-secret-0001" });
    const calls: string[] = [];
    process.env.OPENAI_ADMIN_KEY = "sk-admin-from-the-environment";
    try {
      const model = modelAt(server, {
        headers: { "x-team": "data" },
        fetch: (input, init) => {
          calls.push(String(input));
          return fetch(input, init);
        },
      });
      await model.complete(ask);
    } finally {
      delete process.env.OPENAI_ADMIN_KEY;
    }
    expect(calls).toEqual([`${server.url}/chat/completions`]);
    expect(server.requests[0]?.headers.authorization).toBe("REDACTED");
    expect(server.requests[0]?.headers["x-team"]).toBe("data");
    expect(JSON.stringify(server.requests)).not.toContain("sk-test-secret-0001");
  });

  it("reads the key from the environment variable it is told, and sends none when there is none", async () => {
    const server = await serve([{ text: "ok" }, { text: "ok" }], { apiKey: "sk-from-env-0002" });
    process.env.APIGEN_TEST_KEY = "sk-from-env-0002";
    try {
      const model = createOpenAiCompatibleModel({
        baseURL: server.url,
        model: "test-model",
        apiKeyEnvironmentVariable: "APIGEN_TEST_KEY",
      });
      expect((await model.complete(ask)).text).toBe("ok");
    } finally {
      delete process.env.APIGEN_TEST_KEY;
    }
    const keyless = createOpenAiCompatibleModel({
      baseURL: server.url,
      model: "test-model",
      apiKeyEnvironmentVariable: "APIGEN_TEST_KEY",
    });
    const error = await failure(keyless.complete(ask));
    expect(server.requests[1]?.headers.authorization).toBeUndefined();
    expect(ModelApiCallError.isInstance(error) && error.message).toMatch(
      /wants an API key \(401\) and none was sent: set \$APIGEN_TEST_KEY/,
    );
  });

  it("says to check the key on 401, and keeps the key out of the error", async () => {
    const server = await serve([], { apiKey: "sk-the-right-one" });
    const error = await failure(modelAt(server, { apiKey: "sk-wrong-key-9999" }).complete(ask));
    expect(ModelApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 401, isRetryable: false, provider: "openai-compatible" });
    expect(String(error)).toContain("check the API key in the apiKey option");
    expect(inspect(error, { depth: 10 })).not.toContain("sk-wrong-key-9999");
  });

  it("redacts the key when the server echoes it", async () => {
    const server = await serve([{ status: 403, message: "Key sk-test-secret-0001 may not use this model" }]);
    const error = await failure(modelAt(server).complete(ask));
    expect(String(error)).toContain("Key [REDACTED] may not use");
    expect(inspect(error, { depth: 10 })).not.toContain("sk-test-secret-0001");
  });

  it("names an unknown model and says how to list models", async () => {
    const server = await serve([]);
    const error = await failure(modelAt(server, { model: "no-such-model" }).complete(ask));
    expect(error).toMatchObject({ statusCode: 404, isRetryable: false, modelId: "no-such-model" });
    expect(String(error)).toContain(
      `unknown model "no-such-model" at ${server.url} (404): list models with GET ${server.url}/models`,
    );
    const listed = await fetch(`${server.url}/models`).then((response) => response.json());
    expect(listed).toMatchObject({ data: [{ id: "test-model" }] });
  });

  it("classifies rate limits, server errors and rejected requests", async () => {
    const server = await serve([
      { status: 429, retryAfter: 2 },
      { status: 429, retryAfterMs: 150 },
      { status: 503 },
      { status: 400, message: "messages must not be empty" },
    ]);
    const model = modelAt(server);
    const errors = [];
    for (let index = 0; index < 4; index++) {
      errors.push(await failure(model.complete(ask)));
    }
    expect(errors.map((error) => ModelApiCallError.isInstance(error))).toEqual([true, true, true, true]);
    expect(errors[0]).toMatchObject({ statusCode: 429, isRetryable: true, retryAfterMs: 2000 });
    expect(errors[1]).toMatchObject({ statusCode: 429, isRetryable: true, retryAfterMs: 150 });
    expect(errors[2]).toMatchObject({ statusCode: 503, isRetryable: true });
    expect(errors[3]).toMatchObject({ statusCode: 400, isRetryable: false });
    expect(String(errors[3])).toContain("Server said: messages must not be empty");
  });

  it("reports a server that is down", async () => {
    const server = await startOpenAiCompatibleServer({ script: [] });
    await server.close();
    const error = await failure(modelAt(server).complete(ask));
    expect(ModelConnectionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: "ECONNREFUSED", isRetryable: true });
    expect(String(error)).toContain(`server down at ${server.url}`);
  });

  it("classifies resets, timeouts, truncated bodies and garbage as retryable", async () => {
    const server = await serve([{ reset: true }, { hang: true }, { truncated: true }, { garbage: true }]);
    const model = modelAt(server, { timeoutMs: 500 });
    const reset = await failure(model.complete(ask));
    const timeout = await failure(model.complete(ask));
    const truncated = await failure(model.complete(ask));
    const garbage = await failure(model.complete(ask));
    expect(ModelConnectionError.isInstance(reset)).toBe(true);
    expect(inspect(reset, { depth: 10 })).not.toContain("sk-test-secret-0001");
    expect(ModelTimeoutError.isInstance(timeout) && timeout.timeoutMs).toBe(500);
    expect(ModelResponseError.isInstance(truncated) && truncated.problem).toBe("truncated");
    expect(ModelResponseError.isInstance(garbage) && garbage.problem).toBe("not-json");
    for (const error of [reset, timeout, truncated, garbage]) {
      expect(LanguageModelError.isInstance(error) && error.isRetryable).toBe(true);
    }
  });

  it("stops when the caller aborts, with the caller's reason", async () => {
    const server = await serve([{ hang: true }]);
    const controller = new AbortController();
    const pending = modelAt(server).complete({ ...ask, abortSignal: controller.signal });
    setTimeout(() => controller.abort(new Error("user pressed stop")), 50);
    const error = await failure(pending);
    expect(LanguageModelError.isInstance(error)).toBe(false);
    expect(String(error)).toContain("user pressed stop");
  });

  it("rejects bad settings before any I/O", () => {
    expect(() => createOpenAiCompatibleModel({ baseURL: "not a url", model: "m" })).toThrow(TypeError);
    const withSecret = () =>
      createOpenAiCompatibleModel({ baseURL: "http://user:s3cretPass@127.0.0.1:1/v1", model: "m" });
    expect(withSecret).toThrow(/must not carry credentials/);
    expect(withSecret).not.toThrow(/s3cretPass/);
    expect(() => createOpenAiCompatibleModel({ baseURL: "http://127.0.0.1:1/v1", model: " " })).toThrow(
      /model is empty/,
    );
  });
});

describe("createOpenAiCompatibleModel stream", () => {
  it("streams text deltas and finishes with the whole response", async () => {
    const server = await serve([
      { json: { city: "Lisbon", note: "a longer answer that takes several chunks" } },
    ]);
    const parts = [];
    for await (const part of modelAt(server).stream({ ...ask, responseFormat: { name: "place", schema } })) {
      parts.push(part);
    }
    const deltas = parts.filter((part) => part.type === "text-delta");
    expect(deltas.length).toBeGreaterThan(2);
    const finish = parts.at(-1);
    expect(finish?.type).toBe("finish");
    if (finish?.type === "finish") {
      expect(finish.response.text).toBe(deltas.map((part) => part.delta).join(""));
      expect(finish.response.json).toEqual({
        city: "Lisbon",
        note: "a longer answer that takes several chunks",
      });
      expect(finish.response.usage.outputTokens).toBeGreaterThan(0);
      expect(finish.response.finishReason).toBe("stop");
    }
    expect(chatBodies(server)[0]).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it("ends with one error part for HTTP errors, cut streams and garbage", async () => {
    const server = await serve([
      { status: 500 },
      { truncated: true, text: "x".repeat(200) },
      { garbage: true },
    ]);
    const model = modelAt(server);
    const lastParts = [];
    for (let index = 0; index < 3; index++) {
      const parts = [];
      for await (const part of model.stream(ask)) {
        parts.push(part);
      }
      lastParts.push(parts.at(-1));
    }
    const errors = lastParts.map((part) => (part?.type === "error" ? part.error : undefined));
    expect(ModelApiCallError.isInstance(errors[0]) && errors[0].statusCode).toBe(500);
    expect(ModelResponseError.isInstance(errors[1]) && errors[1].problem).toBe("stream-incomplete");
    expect(ModelResponseError.isInstance(errors[2]) && errors[2].problem).toBe("not-json");
  });
});
