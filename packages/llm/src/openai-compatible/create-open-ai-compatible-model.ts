import type { CompletionRequest, CompletionResponse } from "@apigen/core";
import type { CompletionStreamPart, StreamingLanguageModel } from "../interfaces/streaming-language-model.js";
import { loadApiKey } from "../load-api-key.js";
import type { StructuredOutputMode } from "./build-chat-request.js";
import type { CallContext } from "./call-context.js";
import { createFetchTransport } from "./create-fetch-transport.js";
import { createNodeHttpTransport } from "./create-node-http-transport.js";
import type { OpenAiCompatibleModelSettings } from "./open-ai-compatible-model-settings.js";
import { readChatCompletion } from "./read-chat-completion.js";
import { readChatStream } from "./read-chat-stream.js";
import { type ModeState, sendChatRequest } from "./send-chat-request.js";

/** A model at an OpenAI-compatible server. */
export interface OpenAiCompatibleModel extends StreamingLanguageModel {
  /** The structured-output mode in use now (after any fallback). */
  readonly structuredOutput: StructuredOutputMode;
}

/**
 * A {@link StreamingLanguageModel} for any OpenAI-compatible chat completions server: OpenAI, vLLM, Ollama,
 * llama.cpp server, TGI or a gateway. Requests go out on `node:http(s)` with keep-alive connections (or the
 * given `fetch`) and are never retried here; wrap the model with `wrapLanguageModel` for retries, limits and
 * caching.
 *
 * @example
 * const model = createOpenAiCompatibleModel({ baseURL: "http://127.0.0.1:8000/v1", model: "Qwen/Qwen2.5-7B-Instruct" });
 * const { json } = await model.complete({ messages, responseFormat: { name: "answer", schema } });
 */
export function createOpenAiCompatibleModel({
  baseURL,
  model,
  apiKey: apiKeyOption,
  apiKeyEnvironmentVariable = "OPENAI_API_KEY",
  secretsFile,
  fetch: fetchOption,
  headers = {},
  structuredOutput = "json-schema",
  strictJsonSchema = false,
  timeoutMs = 600_000,
  provider = "openai-compatible",
}: OpenAiCompatibleModelSettings): OpenAiCompatibleModel {
  if (!URL.canParse(baseURL)) {
    throw new TypeError(
      `baseURL ${JSON.stringify(baseURL)} is not a URL: pass e.g. "http://127.0.0.1:8000/v1"`,
    );
  }
  const parsedBaseURL = new URL(baseURL);
  if (parsedBaseURL.username !== "" || parsedBaseURL.password !== "") {
    // Not echoed: the URL holds a secret, and error messages and URLs end up in logs.
    throw new TypeError(
      "baseURL must not carry credentials (user:password@): pass the key as apiKey or in headers instead",
    );
  }
  if (model.trim() === "") {
    throw new TypeError("model is empty: pass the model's name at the server, e.g. listed by GET /v1/models");
  }
  if (!(timeoutMs > 0)) {
    throw new TypeError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  }
  const apiKey = loadApiKey({
    apiKey: apiKeyOption,
    environmentVariableName: apiKeyEnvironmentVariable,
    description: "OpenAI-compatible server",
    configFile: secretsFile,
    required: false,
  });
  const trimmedBaseURL = baseURL.replace(/\/+$/, "");
  const context: CallContext = {
    provider,
    modelId: model,
    baseURL: trimmedBaseURL,
    apiKey,
    apiKeySource:
      apiKeyOption !== undefined
        ? "the apiKey option"
        : `$${apiKeyEnvironmentVariable}${secretsFile === undefined ? "" : ` or ${secretsFile}`}`,
    apiKeyEnvironmentVariable,
    timeoutMs,
  };
  const transport = fetchOption === undefined ? createNodeHttpTransport() : createFetchTransport(fetchOption);
  const requestHeaders: Record<string, string> = {
    accept: "application/json",
    "content-type": "application/json",
    ...(apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` }),
    // Lower-cased, so a caller's `Authorization` replaces ours instead of being sent beside it.
    ...Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])),
  };
  const state: ModeState = { mode: structuredOutput };
  const providerOptionsKeys = provider === "openai-compatible" ? [provider] : ["openai-compatible", provider];
  const send = (request: CompletionRequest, stream: boolean) =>
    sendChatRequest({
      transport,
      headers: requestHeaders,
      request,
      context,
      state,
      build: { modelId: model, strictJsonSchema, providerOptionsKeys, stream },
    });

  return {
    provider,
    modelId: model,
    get structuredOutput() {
      return state.mode;
    },
    async complete(request: CompletionRequest): Promise<CompletionResponse> {
      const startedAt = performance.now();
      const { response, mapError, dispose } = await send(request, false);
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw mapError(error);
      } finally {
        dispose();
      }
      return readChatCompletion({ text, headers: response.headers, request, context, startedAt });
    },
    async *stream(request: CompletionRequest): AsyncGenerator<CompletionStreamPart> {
      const startedAt = performance.now();
      let sent: Awaited<ReturnType<typeof send>>;
      try {
        sent = await send(request, true);
      } catch (error) {
        if (error instanceof TypeError) {
          throw error;
        }
        yield { type: "error", error: error instanceof Error ? error : new Error(String(error)) };
        return;
      }
      yield* readChatStream({ ...sent, request, context, startedAt });
    },
  };
}
