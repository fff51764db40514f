import { isJsonObject, type JsonValue, stringifyJson } from "@apigen/core";
import type { ApiFinishReason, ServerUsage } from "./server-step.js";

/** What one scripted answer says, in wire terms. */
export interface ScriptedAnswer {
  id: string;
  model: string;
  text: string;
  /** Tool calls with their arguments as the JSON text to send. */
  toolCalls?: readonly { id: string; name: string; arguments: string }[];
  finishReason: ApiFinishReason | null;
  usage: ServerUsage;
}

/** About one token per four characters, the usual rule of thumb for English text. */
export function countTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The input tokens of a request body: its message contents, counted by {@link countTokens}. */
export function countInputTokens(body: JsonValue | string | undefined): number {
  if (!isJsonObject(body) || !Array.isArray(body.messages)) {
    return 0;
  }
  let characters = 0;
  for (const message of body.messages) {
    if (isJsonObject(message) && typeof message.content === "string") {
      characters += message.content.length;
    }
  }
  return Math.ceil(characters / 4);
}

function apiUsage(usage: ServerUsage) {
  return {
    prompt_tokens: usage.inputTokens,
    completion_tokens: usage.outputTokens,
    total_tokens: usage.inputTokens + usage.outputTokens,
  };
}

/** The body of a non-streaming `chat.completion`. */
export function completionBody({ id, model, text, toolCalls, finishReason, usage }: ScriptedAnswer): string {
  const message =
    toolCalls === undefined
      ? { role: "assistant", content: text }
      : {
          role: "assistant",
          content: text === "" ? null : text,
          tool_calls: toolCalls.map((call) => ({
            id: call.id,
            type: "function",
            function: { name: call.name, arguments: call.arguments },
          })),
        };
  return stringifyJson({
    id,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message,
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: apiUsage(usage),
  });
}

/**
 * The server-sent events of a streamed `chat.completion.chunk` answer, `[DONE]` included: content pieces, then
 * each tool call (id and name first, then its arguments in pieces), then the finish reason.
 */
export function completionEvents(
  { id, model, text, toolCalls = [], finishReason, usage }: ScriptedAnswer,
  { includeUsage, pieceLength = 16 }: { includeUsage: boolean; pieceLength?: number },
): string[] {
  const created = Math.floor(Date.now() / 1000);
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    `data: ${stringifyJson({ id, object: "chat.completion.chunk", created, model, choices, ...extra })}\n\n`;
  const events = [chunk([{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }])];
  for (let start = 0; start < text.length; start += pieceLength) {
    const content = text.slice(start, start + pieceLength);
    events.push(chunk([{ index: 0, delta: { content }, finish_reason: null }]));
  }
  toolCalls.forEach((call, index) => {
    const opening = { index, id: call.id, type: "function", function: { name: call.name, arguments: "" } };
    events.push(chunk([{ index: 0, delta: { tool_calls: [opening] }, finish_reason: null }]));
    for (let start = 0; start < call.arguments.length; start += pieceLength) {
      const piece = { index, function: { arguments: call.arguments.slice(start, start + pieceLength) } };
      events.push(chunk([{ index: 0, delta: { tool_calls: [piece] }, finish_reason: null }]));
    }
  });
  events.push(chunk([{ index: 0, delta: {}, finish_reason: finishReason }]));
  if (includeUsage) {
    events.push(chunk([], { usage: apiUsage(usage) }));
  }
  events.push("data: [DONE]\n\n");
  return events;
}

/** OpenAI's error body for a status. */
export function errorBody(status: number, message: string | undefined): string {
  const defaults: Record<number, [string, string]> = {
    400: ["invalid_request_error", "The request is invalid."],
    401: ["invalid_request_error", "Incorrect API key provided."],
    403: ["invalid_request_error", "You are not allowed to use this model."],
    404: ["invalid_request_error", "The model does not exist."],
    429: ["rate_limit_exceeded", "Rate limit reached; try again later."],
  };
  const [type, fallback] = defaults[status] ?? [
    "server_error",
    "The server had an error processing the request.",
  ];
  return stringifyJson({ error: { message: message ?? fallback, type, param: null, code: null } });
}
