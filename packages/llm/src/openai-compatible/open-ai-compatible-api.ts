import { isJsonObject, type JsonObject, type JsonValue, type OpenAiTool } from "@apigen/core";
import { type ApiToolCallPart, readApiToolCalls } from "./read-api-tool-calls.js";

/** A chat message as the OpenAI chat completions API takes it. */
export type ApiChatMessage =
  | { role: "system" | "user"; content: string }
  | {
      role: "assistant";
      content: string | null;
      tool_calls?: Array<{ id: string; type: "function"; function: { name: string; arguments: string } }>;
    }
  | { role: "tool"; tool_call_id: string; content: string };

/** OpenAI's `tool_choice`: a mode, or the one function the model must call. */
export type ApiToolChoice = "auto" | "none" | "required" | { type: "function"; function: { name: string } };

/** The body of `POST /chat/completions`, as far as apigen fills it. */
export interface ApiChatRequest {
  model: string;
  messages: ApiChatMessage[];
  temperature?: number;
  seed?: number;
  max_tokens?: number;
  stop?: string[];
  response_format?:
    | { type: "json_schema"; json_schema: { name: string; schema: JsonObject; strict?: boolean } }
    | { type: "json_object" };
  tools?: OpenAiTool[];
  tool_choice?: ApiToolChoice;
  stream?: boolean;
  stream_options?: { include_usage: boolean };
  [extra: string]: unknown;
}

/** The parts of a `chat.completion` or `chat.completion.chunk` apigen reads. */
export interface ApiChatCompletion {
  id: string | undefined;
  /** `message.content` of a completion, or `delta.content` of a chunk. */
  content: string | undefined;
  /** `message.tool_calls` of a completion, or the pieces in `delta.tool_calls` of a chunk. */
  toolCalls: ApiToolCallPart[] | undefined;
  finishReason: string | undefined;
  usage: { promptTokens: number; completionTokens: number } | undefined;
}

/**
 * Reads a parsed `chat.completion` (or, with `chunk`, a `chat.completion.chunk`). Undefined when the value is
 * not that shape: no `choices` array, or a choice that is not an object.
 */
export function readApiChatCompletion(
  value: JsonValue,
  { chunk = false } = {},
): ApiChatCompletion | undefined {
  if (!isJsonObject(value) || !Array.isArray(value.choices)) {
    return undefined;
  }
  const choice = value.choices[0];
  if (choice !== undefined && !isJsonObject(choice)) {
    return undefined;
  }
  const message = choice?.[chunk ? "delta" : "message"];
  const content = isJsonObject(message) && typeof message.content === "string" ? message.content : undefined;
  const toolCalls = isJsonObject(message) ? readApiToolCalls(message.tool_calls) : undefined;
  const finishReason = typeof choice?.finish_reason === "string" ? choice.finish_reason : undefined;
  const usage = isJsonObject(value.usage) ? value.usage : undefined;
  return {
    id: typeof value.id === "string" ? value.id : undefined,
    content,
    toolCalls,
    finishReason,
    usage:
      usage === undefined
        ? undefined
        : {
            promptTokens: tokenCount(usage.prompt_tokens),
            completionTokens: tokenCount(usage.completion_tokens),
          },
  };
}

function tokenCount(value: JsonValue | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
