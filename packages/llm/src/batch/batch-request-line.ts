import type { CompletionRequest } from "@apigen/core";
import { buildChatRequest } from "../openai-compatible/build-chat-request.js";
import type { ApiChatRequest } from "../openai-compatible/open-ai-compatible-api.js";

/** The key of `providerOptions` whose fields are copied into each request body, e.g. `{ batch: { top_p: 0.9 } }`. */
export const batchProviderOptionsKey = "batch";

/** One line of an OpenAI Batch API input file (also what vLLM's `run_batch` reads). */
export interface ApiBatchRequestLine {
  custom_id: string;
  method: "POST";
  url: string;
  body: ApiChatRequest;
}

/**
 * The chat completion body a batch line carries: the request in the OpenAI wire shape, a `responseFormat` as a
 * strict `json_schema` response format, and the fields of `providerOptions.batch` copied in last.
 */
export function toBatchRequestBody({
  model,
  request,
}: {
  model: string;
  request: CompletionRequest;
}): ApiChatRequest {
  return buildChatRequest({
    request,
    modelId: model,
    mode: "json-schema",
    strictJsonSchema: true,
    providerOptionsKeys: [batchProviderOptionsKey],
    stream: false,
  });
}

/** One batch input line, fields in the order the OpenAI documentation shows them. */
export function toBatchRequestLine({
  customId,
  endpoint,
  body,
}: {
  customId: string;
  endpoint: string;
  body: ApiChatRequest;
}): ApiBatchRequestLine {
  return { custom_id: customId, method: "POST", url: endpoint, body };
}
