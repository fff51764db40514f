import { type CompletionRequest, isJsonObject, type JsonObject, stringifyJson } from "@apigen/core";
import { buildToolFields } from "./build-tool-fields.js";
import type { ApiChatMessage, ApiChatRequest } from "./open-ai-compatible-api.js";
import { toOpenAiMessages } from "./to-open-ai-messages.js";

/** How a server is asked for JSON: a `json_schema` response format, a `json_object` one, or only the prompt. */
export type StructuredOutputMode = "json-schema" | "json-object" | "prompt";

/** Options of {@link buildChatRequest}. */
export interface BuildChatRequestOptions {
  request: CompletionRequest;
  modelId: string;
  mode: StructuredOutputMode;
  strictJsonSchema: boolean;
  /** The keys of `providerOptions` whose fields are copied into the body, e.g. `["openai-compatible"]`. */
  providerOptionsKeys: readonly string[];
  stream: boolean;
}

/**
 * The body of a chat completion request. With a `responseFormat`, `json-schema` mode sends it as
 * `response_format.json_schema`; `json-object` and `prompt` modes describe the schema in a system message
 * (merged into a leading one, since some chat templates take only one), `json-object` also sets
 * `response_format: { type: "json_object" }`. Tools go out as `tools` and `tool_choice` (see
 * {@link buildToolFields}). Provider options are copied last, so they can set any field.
 */
export function buildChatRequest({
  request,
  modelId,
  mode,
  strictJsonSchema,
  providerOptionsKeys,
  stream,
}: BuildChatRequestOptions): ApiChatRequest {
  let messages = toOpenAiMessages(request.messages);
  const body: ApiChatRequest = { model: modelId, messages, ...buildToolFields(request) };
  const format = request.responseFormat;
  if (format !== undefined) {
    if (mode === "json-schema") {
      body.response_format = {
        type: "json_schema",
        json_schema: {
          name: format.name,
          schema: format.schema as JsonObject,
          ...(strictJsonSchema ? { strict: true } : {}),
        },
      };
    } else {
      messages = withInstruction(messages, jsonInstruction(format.schema));
      body.messages = messages;
      if (mode === "json-object") {
        body.response_format = { type: "json_object" };
      }
    }
  }
  if (request.temperature !== undefined) {
    body.temperature = request.temperature;
  }
  if (request.seed !== undefined) {
    body.seed = request.seed;
  }
  if (request.maxTokens !== undefined) {
    body.max_tokens = request.maxTokens;
  }
  if (request.stop !== undefined && request.stop.length > 0) {
    body.stop = request.stop;
  }
  if (stream) {
    body.stream = true;
    body.stream_options = { include_usage: true };
  }
  for (const key of providerOptionsKeys) {
    const extra = request.providerOptions?.[key];
    if (isJsonObject(extra)) {
      Object.assign(body, extra);
    }
  }
  return body;
}

function jsonInstruction(schema: unknown): string {
  return `Answer with JSON only: one value that matches this JSON Schema, with no other text.\n${stringifyJson(schema, { indent: 2 })}`;
}

function withInstruction(messages: ApiChatMessage[], instruction: string): ApiChatMessage[] {
  const [first, ...rest] = messages;
  if (first?.role === "system") {
    return [{ role: "system", content: `${first.content}\n\n${instruction}` }, ...rest];
  }
  return [{ role: "system", content: instruction }, ...messages];
}
