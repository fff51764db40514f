import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type CompletionRequest,
  isJsonObject,
  type JsonSchema,
  type JsonValue,
  safeParseJson,
  stringifyJson,
} from "@apigen/core";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LoadApiKeyError } from "../errors/load-api-key-error.js";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import { ModelConnectionError } from "../errors/model-connection-error.js";
import { ModelResponseError } from "../errors/model-response-error.js";
import { ModelTimeoutError } from "../errors/model-timeout-error.js";
import type { CompletionStreamPart } from "../interfaces/streaming-language-model.js";
import {
  type OpenAiCompatibleServer,
  type ServerStep,
  startOpenAiCompatibleServer,
} from "../testing/index.js";
import { createHuggingFaceModel } from "./create-hugging-face-model.js";

const token = "hf_testTokenThatMustNeverLeak123";
const model = "meta-llama/Llama-3.1-8B-Instruct";
const schema: JsonSchema = {
  type: "object",
  properties: { answer: { type: "integer" } },
  required: ["answer"],
};
const structured: CompletionRequest = {
  messages: [
    { role: "system", content: "Answer in JSON." },
    { role: "user", content: "2+2?" },
  ],
  responseFormat: { name: "answer", schema },
  temperature: 0.2,
  seed: 7,
  maxTokens: 64,
  stop: ["</s>"],
};
const hello: CompletionRequest = { messages: [{ role: "user", content: "hello" }] };

/** Every string an error exposes: message, fields and the cause chain. */
function exposed(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    parts.push(current.message, stringifyJson({ ...current }));
    current = current.cause;
  }
  return parts.join("\n");
}

describe("createHuggingFaceModel with an endpoint", () => {
  let script: ServerStep[] = [];
  let server: OpenAiCompatibleServer;
  beforeAll(async () => {
    server = await startOpenAiCompatibleServer({
      models: [model],
      apiKey: token,
      script: () => script.shift() ?? { status: 500, message: "the test gave no step" },
    });
  });
  afterEach(() => {
    script = [];
    server.requests.length = 0;
  });
  afterAll(async () => {
    await server.close();
  });
  const reset = (steps: ServerStep[]) => {
    script = steps;
    server.requests.length = 0;
  };
  const endpointModel = (settings: { timeoutMs?: number; accessToken?: string } = {}) =>
    createHuggingFaceModel({ model, endpointUrl: server.url, accessToken: token, ...settings });

  it("sends an OpenAI-style chat request with the token and reads the JSON answer", async () => {
    reset([{ json: { answer: 4 }, usage: { inputTokens: 21, outputTokens: 6 } }]);
    const response = await endpointModel().complete(structured);
    expect(response).toMatchObject({
      text: '{"answer":4}',
      json: { answer: 4 },
      usage: { inputTokens: 21, outputTokens: 6 },
      finishReason: "stop",
      requestId: "req_test_1",
    });
    expect(response.latencyMs).toBeGreaterThanOrEqual(0);
    const [sent] = server.requests;
    expect(sent?.method).toBe("POST");
    expect(sent?.path).toBe("/v1/chat/completions");
    expect(sent?.headers.authorization).toBe("REDACTED");
    expect(sent?.headers["user-agent"]).toMatch(/^@huggingface\/inference\//);
    expect(sent?.body).toEqual({
      model,
      messages: [
        { role: "system", content: "Answer in JSON." },
        { role: "user", content: "2+2?" },
      ],
      response_format: { type: "json_schema", json_schema: { name: "answer", schema, strict: true } },
      temperature: 0.2,
      seed: 7,
      max_tokens: 64,
      stop: ["</s>"],
    });
  });

  it("puts the schema in a system message in prompt mode", async () => {
    reset([{ text: '```json\n{"answer": 5}\n```' }]);
    const prompted = createHuggingFaceModel({
      model,
      endpointUrl: server.url,
      accessToken: token,
      structuredOutput: "prompt",
    });
    expect((await prompted.complete(structured)).json).toEqual({ answer: 5 });
    const body = server.requests[0]?.body as {
      messages: Array<{ content: string }>;
      response_format?: unknown;
    };
    expect(body.response_format).toBeUndefined();
    expect(body.messages[0]?.content).toMatch(/^Answer in JSON\.\n\nAnswer with JSON only.*"answer"/s);
  });

  it.each([
    [
      { status: 429, retryAfter: 2 } as ServerStep,
      { statusCode: 429, isRetryable: true, retryAfterMs: 2000 },
      /rate limited \(429\) and asks to wait 2 s/,
    ],
    [
      { status: 500, message: "CUDA out of memory" } as ServerStep,
      { statusCode: 500, isRetryable: true },
      /server error \(500\).*Server said: CUDA out of memory/,
    ],
    [{ status: 503 } as ServerStep, { statusCode: 503, isRetryable: true }, /server error \(503\)/],
    [
      { status: 404 } as ServerStep,
      { statusCode: 404, isRetryable: false },
      /unknown model "meta-llama\/Llama-3.1-8B-Instruct" \(404\)/,
    ],
    [
      { status: 400, message: `bad value, key ${token}` } as ServerStep,
      { statusCode: 400, isRetryable: false },
      /rejected \(400\).*key \[REDACTED\]/,
    ],
  ])("classifies HTTP %j", async (step, fields, message) => {
    reset([step]);
    const error = await endpointModel()
      .complete(hello)
      .catch((caught: unknown) => caught);
    expect(ModelApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ ...fields, provider: "huggingface", modelId: model });
    expect((error as Error).message).toMatch(
      /^huggingface model "meta-llama\/Llama-3.1-8B-Instruct" at http:\/\/127\.0\.0\.1/,
    );
    expect((error as Error).message).toMatch(message);
    expect(exposed(error)).not.toContain(token);
    expect(server.requests).toHaveLength(1);
  });

  it("says the token was refused on 401, without the token", async () => {
    reset([]);
    const wrong = "hf_anotherTokenTheServerRefuses";
    const error = await endpointModel({ accessToken: wrong })
      .complete(hello)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ModelApiCallError", statusCode: 401, isRetryable: false });
    expect((error as Error).message).toMatch(
      /access token was refused \(401\): check the token in the accessToken option/,
    );
    expect(exposed(error)).not.toContain(wrong);
  });

  it.each([
    [{ garbage: true } as ServerStep, "not-json"],
    [{ truncated: true } as ServerStep, "truncated"],
  ])("classifies a bad body %j", async (step, problem) => {
    reset([step]);
    const error = await endpointModel()
      .complete(hello)
      .catch((caught: unknown) => caught);
    expect(ModelResponseError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ problem, isRetryable: true, provider: "huggingface" });
  });

  it("streams text deltas, then the whole response", async () => {
    reset([{ json: { answer: 4 }, usage: { inputTokens: 9, outputTokens: 5 } }]);
    const parts: CompletionStreamPart[] = [];
    for await (const part of endpointModel().stream(structured)) {
      parts.push(part);
    }
    const deltas = parts.flatMap((part) => (part.type === "text-delta" ? [part.delta] : []));
    expect(deltas.join("")).toBe('{"answer":4}');
    expect(parts.at(-1)).toMatchObject({
      type: "finish",
      response: {
        text: '{"answer":4}',
        json: { answer: 4 },
        usage: { inputTokens: 9, outputTokens: 5 },
        finishReason: "stop",
      },
    });
    expect(server.requests[0]?.body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it.each([
    [{ truncated: true } as ServerStep, { name: "ModelResponseError", problem: "stream-incomplete" }],
    [
      { status: 429, retryAfter: 1 } as ServerStep,
      { name: "ModelApiCallError", statusCode: 429, retryAfterMs: 1000 },
    ],
  ])("ends a failed stream with one error part: %j", async (step, fields) => {
    reset([step]);
    const parts: CompletionStreamPart[] = [];
    for await (const part of endpointModel().stream(hello)) {
      parts.push(part);
    }
    const last = parts.at(-1);
    expect(last?.type).toBe("error");
    expect(last?.type === "error" ? last.error : undefined).toMatchObject({
      ...fields,
      provider: "huggingface",
    });
    expect(parts.filter((part) => part.type !== "text-delta")).toHaveLength(1);
  });

  it("sends tools and tool_choice and reads native tool calls, plain and streamed", async () => {
    const lookup = {
      name: "lookup",
      description: "Looks a word up.",
      parameters: { type: "object" as const, properties: { word: { type: "string" } } },
    };
    const calls = [
      { id: "call_x", name: "lookup", arguments: { word: "tree" } },
      { id: "call_y", name: "lookup", arguments: '{"word": ' },
    ];
    reset([{ toolCalls: calls }, { toolCalls: calls }]);
    const request: CompletionRequest = { ...hello, tools: [lookup], toolChoice: { name: "lookup" } };
    const response = await endpointModel().complete(request);
    const expected = [
      { id: "call_x", name: "lookup", arguments: { word: "tree" } },
      { id: "call_y", name: "lookup", arguments: {}, rawArguments: '{"word": ' },
    ];
    expect(response).toMatchObject({ text: "", finishReason: "tool-calls", toolCalls: expected });
    expect(server.requests[0]?.body).toMatchObject({
      tools: [{ type: "function", function: { name: "lookup", description: "Looks a word up." } }],
      tool_choice: { type: "function", function: { name: "lookup" } },
    });
    const parts: CompletionStreamPart[] = [];
    for await (const part of endpointModel().stream(request)) {
      parts.push(part);
    }
    const last = parts.at(-1);
    expect(last?.type === "finish" ? last.response.toolCalls : last).toEqual(expected);
  });

  it("classifies a reset connection, a timeout and a server that is down", async () => {
    reset([{ reset: true }]);
    const reset_ = await endpointModel()
      .complete(hello)
      .catch((caught: unknown) => caught);
    expect(ModelConnectionError.isInstance(reset_)).toBe(true);

    reset([{ hang: true }]);
    const slow = await endpointModel({ timeoutMs: 200 })
      .complete(hello)
      .catch((caught: unknown) => caught);
    expect(ModelTimeoutError.isInstance(slow)).toBe(true);
    expect(slow).toMatchObject({ timeoutMs: 200, isRetryable: true });

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const down = createHuggingFaceModel({
      model,
      endpointUrl: `http://127.0.0.1:${port}/v1`,
      accessToken: token,
    });
    const refused = await down.complete(hello).catch((caught: unknown) => caught);
    expect(refused).toMatchObject({ name: "ModelConnectionError", code: "ECONNREFUSED", isRetryable: true });
    expect((refused as Error).message).toMatch(
      /huggingface model .* at http:\/\/127\.0\.0\.1:\d+\/v1: cannot reach the server \(ECONNREFUSED\)/,
    );

    const controller = new AbortController();
    reset([{ hang: true }]);
    const pending = endpointModel().complete({ ...hello, abortSignal: controller.signal });
    controller.abort(new Error("stopped by the caller"));
    await expect(pending).rejects.toThrow("stopped by the caller");
  });
});

interface StandInRequest {
  method: string;
  url: string;
  /** Whether `Authorization: Bearer <token>` came with it; the header itself is never kept. */
  withToken: boolean;
  body: JsonValue | undefined;
}

/** A loopback stand-in for the Hub's model API and the Inference Providers router. */
async function startHubStandIn(): Promise<{ url: string; requests: StandInRequest[]; server: Server }> {
  const requests: StandInRequest[] = [];
  const server = createServer(async (request, response) => {
    let text = "";
    for await (const chunk of request) {
      text += String(chunk);
    }
    const parsed = text === "" ? undefined : safeParseJson({ text });
    const body = parsed?.success === true ? parsed.value : undefined;
    const url = request.url ?? "/";
    requests.push({
      method: request.method ?? "",
      url,
      withToken: request.headers.authorization === `Bearer ${token}`,
      body,
    });
    const send = (status: number, value: JsonValue) => {
      response.writeHead(status, {
        "content-type": "application/json",
        "x-request-id": `standin-${requests.length}`,
      });
      response.end(stringifyJson(value));
    };
    if (url.startsWith(`/hub/api/models/${model}?`)) {
      send(200, {
        id: model,
        inferenceProviderMapping: {
          together: {
            status: "live",
            providerId: "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
            task: "conversational",
          },
        },
      });
    } else if (url.startsWith("/hub/api/models/")) {
      send(404, { error: "Repository not found" });
    } else if (isJsonObject(body) && body.model === "shapeless") {
      send(200, { object: "not-a-completion" });
    } else if (url === "/router/together/v1/chat/completions" || url === "/router/v1/chat/completions") {
      send(200, {
        id: "chatcmpl-standin",
        object: "chat.completion",
        created: 1,
        model: isJsonObject(body) ? (body.model ?? null) : null,
        choices: [
          { index: 0, message: { role: "assistant", content: '{"answer":4}' }, finish_reason: "stop" },
        ],
        usage: { prompt_tokens: 12, completion_tokens: 4, total_tokens: 16 },
      });
    } else {
      send(404, { error: `unknown path ${url}` });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

describe("createHuggingFaceModel through the router", () => {
  let standIn: Awaited<ReturnType<typeof startHubStandIn>>;
  /** Sends what the client asks of huggingface.co and router.huggingface.co to the stand-in. */
  const viaStandIn: typeof fetch = (input, init) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const prefix = { "huggingface.co": "/hub", "router.huggingface.co": "/router" }[url.hostname];
    if (prefix === undefined) {
      throw new Error(`unexpected host ${url.hostname}`);
    }
    return fetch(`${standIn.url}${prefix}${url.pathname}${url.search}`, init);
  };
  beforeAll(async () => {
    standIn = await startHubStandIn();
  });
  afterEach(() => {
    standIn.requests.length = 0;
  });
  afterAll(async () => {
    standIn.server.closeAllConnections();
    await new Promise((resolve) => standIn.server.close(resolve));
  });

  it("looks up the provider's model id on the Hub, then asks that provider", async () => {
    const together = createHuggingFaceModel({
      model,
      provider: "together",
      accessToken: token,
      fetch: viaStandIn,
    });
    const response = await together.complete(structured);
    expect(response).toMatchObject({
      json: { answer: 4 },
      usage: { inputTokens: 12, outputTokens: 4 },
      requestId: "standin-2",
    });
    expect(standIn.requests.map(({ method, url, withToken }) => ({ method, url, withToken }))).toEqual([
      { method: "GET", url: `/hub/api/models/${model}?expand[]=inferenceProviderMapping`, withToken: true },
      { method: "POST", url: "/router/together/v1/chat/completions", withToken: true },
    ]);
    expect(standIn.requests[1]?.body).toMatchObject({
      model: "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
      response_format: { type: "json_schema", schema },
      seed: 7,
    });
  });

  it("lets the router choose with provider auto", async () => {
    const auto = createHuggingFaceModel({ model, accessToken: token, fetch: viaStandIn });
    expect((await auto.complete(hello)).text).toBe('{"answer":4}');
    expect(standIn.requests).toMatchObject([
      {
        method: "POST",
        url: "/router/v1/chat/completions",
        withToken: true,
        body: { model, messages: [{ role: "user", content: "hello" }] },
      },
    ]);
  });

  it("says when the Hub does not know the model, or the answer is not a completion", async () => {
    const unknown = createHuggingFaceModel({
      model: "nobody/no-model",
      provider: "together",
      accessToken: token,
      fetch: viaStandIn,
    });
    const error = await unknown.complete(hello).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ModelApiCallError", statusCode: 404, modelId: "nobody/no-model" });
    expect((error as Error).message).toMatch(
      /the Hub does not know model "nobody\/no-model" \(404\).*Repository not found/,
    );

    const shapeless = createHuggingFaceModel({ model: "shapeless", accessToken: token, fetch: viaStandIn });
    const bad = await shapeless.complete(hello).catch((caught: unknown) => caught);
    expect(ModelResponseError.isInstance(bad)).toBe(true);
    expect(bad).toMatchObject({ problem: "unexpected-shape" });
  });
});

describe("createHuggingFaceModel settings", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("wants a token that starts with hf_, and says so without echoing it", () => {
    const call = () => createHuggingFaceModel({ model, accessToken: "sk-notAHuggingFaceToken" });
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/from the accessToken option does not start with "hf_"/);
    expect(() => call()).not.toThrow(/sk-notAHuggingFaceToken/);
    vi.stubEnv("APIGEN_TEST_HF_TOKEN", "gho_wrongKind");
    expect(() =>
      createHuggingFaceModel({ model, accessTokenEnvironmentVariable: "APIGEN_TEST_HF_TOKEN" }),
    ).toThrow(/from \$APIGEN_TEST_HF_TOKEN does not start with "hf_"/);
  });

  it("reads the token from the environment and names the variable when it is missing", () => {
    vi.stubEnv("APIGEN_TEST_HF_TOKEN", token);
    expect(
      createHuggingFaceModel({ model, accessTokenEnvironmentVariable: "APIGEN_TEST_HF_TOKEN" }).modelId,
    ).toBe(model);
    const missing = (() => {
      try {
        return createHuggingFaceModel({ model, accessTokenEnvironmentVariable: "APIGEN_TEST_NO_HF_TOKEN" });
      } catch (error) {
        return error;
      }
    })();
    expect(LoadApiKeyError.isInstance(missing)).toBe(true);
    expect((missing as Error).message).toMatch(/APIGEN_TEST_NO_HF_TOKEN/);
  });

  it("refuses settings that cannot work", () => {
    expect(() => createHuggingFaceModel({ model: " ", accessToken: token })).toThrow(/model is empty/);
    expect(() => createHuggingFaceModel({ model, accessToken: token, endpointUrl: "not a url" })).toThrow(
      /not a URL/,
    );
    const both = {
      model,
      accessToken: token,
      endpointUrl: "http://127.0.0.1:1/v1",
      provider: "together",
    } as never;
    expect(() => createHuggingFaceModel(both)).toThrow(/either provider .* or endpointUrl/);
  });
});
