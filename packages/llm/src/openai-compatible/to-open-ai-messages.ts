import { type ChatMessage, stringifyJson } from "@apigen/core";
import type { ApiChatMessage } from "./open-ai-compatible-api.js";

/**
 * Maps chat messages to the OpenAI wire shape: assistant `toolCalls` become `tool_calls` with JSON-string
 * arguments (a call without an id gets `call_<message>_<call>`), `tool` messages carry `tool_call_id`.
 * A `tool` message without `toolCallId` is a `TypeError`, thrown before anything is sent.
 */
export function toOpenAiMessages(messages: readonly ChatMessage[]): ApiChatMessage[] {
  return messages.map((message, messageIndex): ApiChatMessage => {
    switch (message.role) {
      case "system":
      case "user":
        return { role: message.role, content: message.content };
      case "assistant": {
        if (message.toolCalls === undefined || message.toolCalls.length === 0) {
          return { role: "assistant", content: message.content };
        }
        return {
          role: "assistant",
          content: message.content === "" ? null : message.content,
          tool_calls: message.toolCalls.map((call, callIndex) => ({
            id: call.id ?? `call_${messageIndex}_${callIndex}`,
            type: "function",
            function: { name: call.name, arguments: stringifyJson(call.arguments) },
          })),
        };
      }
      case "tool":
        if (message.toolCallId === undefined) {
          throw new TypeError(
            `messages[${messageIndex}] is a tool message without toolCallId: set it to the id of the call it answers`,
          );
        }
        return { role: "tool", tool_call_id: message.toolCallId, content: message.content };
      default:
        throw new TypeError(
          `messages[${messageIndex}] has role ${String((message as { role: unknown }).role)}: use system, user, assistant or tool`,
        );
    }
  });
}
