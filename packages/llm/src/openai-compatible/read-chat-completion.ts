import {
  type CompletionRequest,
  type CompletionResponse,
  JsonParseError,
  redactSecrets,
  safeParseJson,
} from "@apigen/core";
import { ModelResponseError, type ModelResponseProblem } from "../errors/model-response-error.js";
import { parseJsonAnswer } from "../shared/parse-json-answer.js";
import { type CallContext, describeModel } from "./call-context.js";
import type { ResponseHeaders } from "./chat-transport.js";
import { mapFinishReason } from "./map-finish-reason.js";
import { type ApiChatCompletion, readApiChatCompletion } from "./open-ai-compatible-api.js";
import { toToolCalls } from "./to-tool-calls.js";

/** Options of {@link readChatCompletion}. */
export interface ReadChatCompletionOptions {
  /** The response body as text. */
  text: string;
  headers: ResponseHeaders;
  request: CompletionRequest;
  context: CallContext;
  /** `performance.now()` when the call started. */
  startedAt: number;
}

/**
 * Reads a `chat.completion` body into a {@link CompletionResponse}; a body that is cut short, not JSON, or not
 * a completion is a retryable {@link ModelResponseError}.
 */
export function readChatCompletion({
  text,
  headers,
  request,
  context,
  startedAt,
}: ReadChatCompletionOptions): CompletionResponse {
  const parsed = safeParseJson({ text });
  if (!parsed.success) {
    throw responseError(context, isCutShort(text, parsed.error) ? "truncated" : "not-json", text);
  }
  const completion = readApiChatCompletion(parsed.value);
  if (completion === undefined) {
    throw responseError(context, "unexpected-shape", text);
  }
  return toCompletionResponse({ completion, headers, request, startedAt });
}

/**
 * Builds the response from what was read, plain or streamed: tool calls parsed (see `toToolCalls`), and a
 * finish reason of `"tool-calls"` when the model called tools and stopped (some servers say `"stop"` then).
 */
export function toCompletionResponse({
  completion,
  headers,
  request,
  startedAt,
}: {
  completion: ApiChatCompletion;
  headers: ResponseHeaders;
  request: CompletionRequest;
  startedAt: number;
}): CompletionResponse {
  const text = completion.content ?? "";
  const json = request.responseFormat === undefined ? undefined : parseJsonAnswer(text);
  const requestId = headers.get("x-request-id") ?? completion.id;
  const toolCalls = toToolCalls(completion.toolCalls);
  return {
    text,
    ...(json?.success === true ? { json: json.value } : {}),
    ...(toolCalls === undefined ? {} : { toolCalls }),
    usage: {
      inputTokens: completion.usage?.promptTokens ?? 0,
      outputTokens: completion.usage?.completionTokens ?? 0,
    },
    finishReason: mapFinishReason(completion.finishReason, { hasToolCalls: toolCalls !== undefined }),
    latencyMs: Math.round(performance.now() - startedAt),
    ...(requestId === undefined || requestId === null ? {} : { requestId }),
  };
}

/** True when JSON text broke because it ended early: at its end, or inside a string that never closed. */
function isCutShort(text: string, error: unknown): boolean {
  const trimmed = text.trim();
  if (!JsonParseError.isInstance(error) || !/^[[{]/.test(trimmed)) {
    return false;
  }
  return error.position >= text.trimEnd().length || error.message.includes("unterminated string");
}

const explanations: Record<ModelResponseProblem, string> = {
  truncated: "the answer's JSON body was cut short",
  "not-json": "the answer's body is not JSON",
  "unexpected-shape": "the answer is JSON but not a chat completion (no choices)",
  "stream-incomplete": "the event stream ended before its final event",
};

/** A {@link ModelResponseError} naming the model, with the start of the body (secrets removed). */
export function responseError(
  context: CallContext,
  problem: ModelResponseProblem,
  body: string,
): ModelResponseError {
  const snippet = redactSecrets(body, [context.apiKey]).slice(0, 500);
  return new ModelResponseError({
    provider: context.provider,
    modelId: context.modelId,
    url: context.baseURL,
    problem,
    responseBody: snippet,
    message: `${describeModel(context)}: ${explanations[problem]}; the server or a proxy in between may be overloaded (retrying may help). Body starts: ${JSON.stringify(snippet.slice(0, 120))}`,
  });
}
