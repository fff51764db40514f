import { type Example, exampleToOpenAiChat, type JsonObject, type OpenAiTool } from "@apigen/core";

/** A call in the assistant message of a chat-template row: `arguments` is an object, as HF chat templates expect. */
export interface ChatTemplateToolCall {
  type: "function";
  function: { name: string; arguments: JsonObject };
}

/** A message of a chat-template row. */
export type ChatTemplateMessage =
  | { role: "system" | "user"; content: string }
  | { role: "assistant"; content: string; tool_calls?: ChatTemplateToolCall[] };

/**
 * A row the training script renders with the base model's own chat template
 * (`tokenizer.apply_chat_template(messages, tools=tools)`): the prompt turns, then one assistant message, the
 * target. Tool results and later turns are left out: the loss is on the calls (or the words of a call-less row).
 */
export interface ChatTemplateRow {
  messages: ChatTemplateMessage[];
  tools: OpenAiTool[];
}

/**
 * Builds the chat-template row of an example: system and user messages and the tools from
 * `exampleToOpenAiChat`, then an assistant message whose `tool_calls[].function.arguments` are JSON objects
 * (never strings: templates that run `tojson` on a string would double-encode it).
 */
export function chatTemplateRow(example: Example): ChatTemplateRow {
  const chat = exampleToOpenAiChat(example, { extensions: false });
  const messages: ChatTemplateMessage[] = [];
  for (const message of chat.messages) {
    if (message.role !== "system" && message.role !== "user") {
      break;
    }
    messages.push({ role: message.role, content: message.content });
  }
  if (example.answers.length > 0) {
    const toolCalls = example.answers.map(({ name, arguments: callArguments }) => ({
      type: "function" as const,
      function: { name, arguments: callArguments },
    }));
    messages.push({ role: "assistant", content: "", tool_calls: toolCalls });
  } else {
    messages.push({ role: "assistant", content: example.response ?? "" });
  }
  return { messages, tools: chat.tools ?? [] };
}
