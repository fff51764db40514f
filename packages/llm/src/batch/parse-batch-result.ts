import {
  type CompletionResponse,
  ConversionError,
  isJsonObject,
  type JsonValue,
  safeParseJson,
  stringifyJson,
} from "@apigen/core";
import { LanguageModelError } from "../errors/language-model-error.js";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import { ModelResponseError, type ModelResponseProblem } from "../errors/model-response-error.js";
import { mapFinishReason } from "../openai-compatible/map-finish-reason.js";
import { readApiChatCompletion } from "../openai-compatible/open-ai-compatible-api.js";
import { toToolCalls } from "../openai-compatible/to-tool-calls.js";

/** One result of a batch: the response, or why that request failed. */
export type BatchResult =
  | { customId: string; response: CompletionResponse }
  | { customId: string; error: LanguageModelError };

/** The provider name batch results and the batch model report. */
export const batchProvider = "batch";

const format = "openai-batch-output";

/**
 * Reads one line of an OpenAI Batch API output file, `{id, custom_id, response: {status_code, request_id, body},
 * error}`. A line without a `custom_id` cannot be matched to anything and throws a `ConversionError`; a failed
 * or unreadable request is a result whose `error` says why.
 */
export function parseBatchResult({
  value,
  line,
  path,
}: {
  value: JsonValue;
  line: number;
  path: string;
}): BatchResult {
  if (!isJsonObject(value) || typeof value.custom_id !== "string" || value.custom_id === "") {
    throw new ConversionError({
      format,
      row: line,
      field: "custom_id",
      reason: `${path}: a batch result line needs a custom_id string`,
    });
  }
  const customId = value.custom_id;
  const response = isJsonObject(value.response) ? value.response : undefined;
  const body = readBody(response?.body);
  const modelId = isJsonObject(body) && typeof body.model === "string" ? body.model : "unknown";
  const common = { provider: batchProvider, modelId };
  const where = `Batch request ${customId} (${path} line ${line})`;

  if (isJsonObject(value.error)) {
    const code = typeof value.error.code === "string" ? `${value.error.code}: ` : "";
    const message = typeof value.error.message === "string" ? value.error.message : "no message";
    return {
      customId,
      error: new LanguageModelError({
        ...common,
        message: `${where} failed: ${code}${message}; run it again in a new batch`,
      }),
    };
  }
  if (response === undefined) {
    return {
      customId,
      error: new ModelResponseError({
        ...common,
        isRetryable: false,
        problem: "unexpected-shape",
        message: `${where} has neither a response nor an error`,
      }),
    };
  }
  const status = typeof response.status_code === "number" ? response.status_code : 200;
  if (status !== 200) {
    const serverMessage = isJsonObject(body) && isJsonObject(body.error) ? body.error.message : undefined;
    return {
      customId,
      error: new ModelApiCallError({
        ...common,
        statusCode: status,
        ...excerpt(response.body),
        message: `${where} failed with HTTP ${status}${typeof serverMessage === "string" ? `: ${serverMessage}` : ""}`,
      }),
    };
  }
  const completion = body === undefined ? undefined : readApiChatCompletion(body);
  if (completion === undefined) {
    return {
      customId,
      error: new ModelResponseError({
        ...common,
        isRetryable: false,
        problem: bodyProblem(response.body),
        ...excerpt(response.body),
        message: `${where}: the response body is not a chat completion (${bodyProblem(response.body)}); run it again in a new batch`,
      }),
    };
  }
  const requestId = typeof response.request_id === "string" ? response.request_id : completion.id;
  const toolCalls = toToolCalls(completion.toolCalls);
  return {
    customId,
    response: {
      text: completion.content ?? "",
      ...(toolCalls === undefined ? {} : { toolCalls }),
      usage: {
        inputTokens: completion.usage?.promptTokens ?? 0,
        outputTokens: completion.usage?.completionTokens ?? 0,
      },
      finishReason: mapFinishReason(completion.finishReason, { hasToolCalls: toolCalls !== undefined }),
      latencyMs: 0,
      ...(requestId === undefined ? {} : { requestId }),
    },
  };
}

/** The body as JSON: an object as it is, a string parsed (some runners write it as text), else undefined. */
function readBody(body: JsonValue | undefined): JsonValue | undefined {
  if (typeof body !== "string") {
    return body ?? undefined;
  }
  const parsed = safeParseJson({ text: body });
  return parsed.success ? parsed.value : undefined;
}

function bodyProblem(body: JsonValue | undefined): ModelResponseProblem {
  if (typeof body !== "string") {
    return "unexpected-shape";
  }
  if (safeParseJson({ text: body }).success) {
    return "unexpected-shape";
  }
  return /^\s*[[{]/.test(body) ? "truncated" : "not-json";
}

function excerpt(body: JsonValue | undefined): { responseBody?: string } {
  if (body === undefined) {
    return {};
  }
  const text = typeof body === "string" ? body : stringifyJson(body);
  return { responseBody: text.slice(0, 2000) };
}
