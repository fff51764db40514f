import { type ChatMessage, safeParseJson } from "@apigen/core";
import type { ChatHistoryItem, ChatModelFunctionCall } from "node-llama-cpp";

/**
 * Maps chat messages to node-llama-cpp's chat history, which the model's chat template then renders. An
 * assistant message's `toolCalls` become function calls whose results are the `tool` messages that answer them
 * (matched by `toolCallId`); a tool message that answers no earlier call is a `TypeError`. The history ends
 * with an empty model turn, the one the model writes.
 */
export function toChatHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = [];
  const calls = new Map<string, ChatModelFunctionCall>();
  messages.forEach((message, index) => {
    switch (message.role) {
      case "system":
        history.push({ type: "system", text: message.content });
        return;
      case "user":
        history.push({ type: "user", text: message.content });
        return;
      case "assistant": {
        const response: (string | ChatModelFunctionCall)[] = message.content === "" ? [] : [message.content];
        message.toolCalls?.forEach((call, callIndex) => {
          const item: ChatModelFunctionCall = {
            type: "functionCall",
            name: call.name,
            params: call.arguments,
            result: undefined,
          };
          calls.set(call.id ?? `call_${index}_${callIndex}`, item);
          response.push(item);
        });
        history.push({ type: "model", response });
        return;
      }
      case "tool": {
        const call = message.toolCallId === undefined ? undefined : calls.get(message.toolCallId);
        if (call === undefined) {
          throw new TypeError(
            `messages[${index}] is a tool message that answers no earlier tool call: set toolCallId to the id of a call in an assistant message before it`,
          );
        }
        const parsed = safeParseJson({ text: message.content });
        call.result = parsed.success ? parsed.value : message.content;
        return;
      }
      default:
        throw new TypeError(
          `messages[${index}] has role ${String((message as { role: unknown }).role)}: use system, user, assistant or tool`,
        );
    }
  });
  history.push({ type: "model", response: [] });
  return history;
}
