import type { CompletionRequest, CompletionResponse, JsonValue } from "@apigen/core";
import type { InferenceClient } from "@huggingface/inference";
import type { CompletionStreamPart, StreamingLanguageModel } from "../interfaces/streaming-language-model.js";
import { loadApiKey } from "../load-api-key.js";
import { buildChatRequest } from "../openai-compatible/build-chat-request.js";
import type { CallContext } from "../openai-compatible/call-context.js";
import { readApiChatCompletion } from "../openai-compatible/open-ai-compatible-api.js";
import { responseError, toCompletionResponse } from "../openai-compatible/read-chat-completion.js";
import { captureResponse } from "./capture-response.js";
import type { HuggingFaceModelSettings } from "./hugging-face-model-settings.js";
import { readHuggingFaceStream } from "./read-hugging-face-stream.js";
import { type HuggingFaceErrorClasses, toHuggingFaceError } from "./to-hugging-face-error.js";

type ChatCompletionArgs = Parameters<InferenceClient["chatCompletion"]>[0];

const routerUrl = "https://router.huggingface.co";

/**
 * A {@link StreamingLanguageModel} on Hugging Face Inference Providers (or a dedicated endpoint) through
 * `@huggingface/inference`. The token must be a Hugging Face token (`hf_...`); it is sent only as the
 * `Authorization` header and kept out of every error. The client's own 503 retries are off: wrap the model
 * with `wrapLanguageModel` for retries, limits and caching. `@huggingface/inference` is imported on the first
 * call, so importing this package stays fast.
 *
 * @example
 * const model = createHuggingFaceModel({ model: "meta-llama/Llama-3.1-8B-Instruct", provider: "together" });
 * const { json } = await model.complete({ messages, responseFormat: { name: "answer", schema } });
 */
export function createHuggingFaceModel({
  model,
  provider,
  endpointUrl,
  accessToken,
  accessTokenEnvironmentVariable = "HF_TOKEN",
  secretsFile,
  structuredOutput = "json-schema",
  timeoutMs = 600_000,
  fetch: fetchOption,
}: HuggingFaceModelSettings): StreamingLanguageModel {
  if (typeof model !== "string" || model.trim() === "") {
    throw new TypeError(
      'model is empty: pass a model id from the Hub, e.g. "meta-llama/Llama-3.1-8B-Instruct"',
    );
  }
  if (endpointUrl !== undefined && provider !== undefined) {
    throw new TypeError(
      "Pass either provider (routed by Hugging Face) or endpointUrl (one endpoint), not both",
    );
  }
  if (endpointUrl !== undefined && !URL.canParse(endpointUrl)) {
    throw new TypeError(`endpointUrl ${JSON.stringify(endpointUrl)} is not a URL`);
  }
  if (!(timeoutMs > 0)) {
    throw new TypeError(`timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  }
  const source =
    accessToken !== undefined
      ? "the accessToken option"
      : `$${accessTokenEnvironmentVariable}${secretsFile === undefined ? "" : ` or ${secretsFile}`}`;
  const token = loadApiKey({
    apiKey: accessToken,
    environmentVariableName: accessTokenEnvironmentVariable,
    description: "Hugging Face",
    configFile: secretsFile,
  });
  if (!token.startsWith("hf_")) {
    throw new TypeError(
      `The Hugging Face access token from ${source} does not start with "hf_": create one at https://huggingface.co/settings/tokens`,
    );
  }
  const routed =
    provider === undefined || provider === "auto" ? `${routerUrl}/v1` : `${routerUrl}/${provider}`;
  const context: CallContext = {
    provider: "huggingface",
    modelId: model,
    baseURL: endpointUrl ?? routed,
    apiKey: token,
    apiKeySource: source,
    apiKeyEnvironmentVariable: accessTokenEnvironmentVariable,
    timeoutMs,
  };
  let client: Promise<InferenceClient> | undefined;
  let errorClasses: HuggingFaceErrorClasses | undefined;
  const loadClient = () => {
    client ??= import("@huggingface/inference").then((inference) => {
      errorClasses = inference;
      return new inference.InferenceClient(token, endpointUrl === undefined ? {} : { endpointUrl });
    });
    return client;
  };
  const baseFetch: typeof fetch = (input, init) => (fetchOption ?? globalThis.fetch)(input, init);

  const prepare = (request: CompletionRequest, stream: boolean) => {
    const { model: _model, ...body } = buildChatRequest({
      request,
      modelId: model,
      mode: structuredOutput,
      strictJsonSchema: true,
      providerOptionsKeys: ["huggingface"],
      stream,
    });
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal =
      request.abortSignal === undefined ? timeout : AbortSignal.any([request.abortSignal, timeout]);
    const capture = captureResponse(baseFetch);
    return {
      args: { ...body, model, ...(provider === undefined ? {} : { provider }) } as ChatCompletionArgs,
      options: { fetch: capture.fetch, signal, retry_on_error: false },
      capture,
      mapError: (error: unknown): unknown => {
        request.abortSignal?.throwIfAborted();
        return toHuggingFaceError({
          error,
          context,
          response: capture.last(),
          timedOut: timeout.aborted,
          errorClasses,
        });
      },
    };
  };

  return {
    provider: context.provider,
    modelId: model,
    async complete(request: CompletionRequest): Promise<CompletionResponse> {
      const startedAt = performance.now();
      const { args, options, capture, mapError } = prepare(request, false);
      let output: unknown;
      try {
        output = await (await loadClient()).chatCompletion(args, options);
      } catch (error) {
        throw mapError(error);
      }
      const completion = readApiChatCompletion(output as JsonValue);
      const last = capture.last();
      if (completion === undefined) {
        throw responseError(context, "unexpected-shape", last?.text ?? "");
      }
      return toCompletionResponse({
        completion,
        headers: last?.headers ?? new Headers(),
        request,
        startedAt,
      });
    },
    async *stream(request: CompletionRequest): AsyncGenerator<CompletionStreamPart> {
      const startedAt = performance.now();
      const { args, options, capture, mapError } = prepare(request, true);
      const chunks = (await loadClient()).chatCompletionStream(args, options);
      const headers = () => capture.last()?.headers;
      yield* readHuggingFaceStream({ chunks, request, context, startedAt, mapError, headers });
    },
  };
}
