import { type StringifyJsonOptions, stringifyJson } from "../../json/stringify-json.js";
import type { Example } from "../../schemas/example.js";
import type { ToolCall } from "../../schemas/tool-call.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { buildChatExtension } from "./build-chat-extension.js";
import type { ExecutionEntry } from "./chat-extension.js";
import { checkedExecutions } from "./checked-executions.js";
import { executionEntryOf } from "./execution-entry.js";
import { openAiExecution, openAiToolContent } from "./open-ai-execution.js";
import type { OpenAiChat, OpenAiMessage } from "./openai-api.js";
import { toolToOpenAiTool } from "./tool-to-open-ai-tool.js";

/** Options of {@link exampleToOpenAiChat}. */
export interface ExampleToOpenAiChatOptions {
  /**
   * Write the canonical fields OpenAI has no place for into the row's `apigen` key: `id`, `category`,
   * `thought`, `style` (where it differs from the inferred one), `provenance` (all but what the tool messages
   * hold), the execution status of failed calls and the tools' `returns`, `category` and `source`. With
   * `false` these are dropped, and failed results read back as successes whose output is the message.
   * @default true
   */
  extensions?: boolean;
  /**
   * How JSON inside strings (call arguments, tool results) is written: `"python"` matches `json.dumps`.
   * @default "compact"
   */
  jsonStyle?: StringifyJsonOptions["style"];
}

/**
 * Writes a canonical example as one OpenAI fine-tuning row: `system` (from `example.system`), `user` (the
 * query), an `assistant` message with `tool_calls` (ids from `ToolCall.id`, else `call_<index>`), one `tool`
 * message per execution record, and a final `assistant` message with the response. `tools` is left out when
 * the row has none. {@link openAiChatToExample} reads it back to the same example.
 *
 * @example
 * const line = stringifyJson(exampleToOpenAiChat(example));
 */
export function exampleToOpenAiChat(
  example: Example,
  { extensions = true, jsonStyle = "compact" }: ExampleToOpenAiChatOptions = {},
): OpenAiChat {
  const context: ConversionContext = { format: "openai", row: example.id };
  const executions = checkedExecutions(example, context);
  const ids = callIds(example.answers, context);
  const messages: OpenAiMessage[] = [];
  if (example.system !== undefined) {
    messages.push({ role: "system", content: example.system });
  }
  messages.push({ role: "user", content: example.query });
  if (example.answers.length > 0) {
    const toolCalls = example.answers.map((call, index) => ({
      id: ids[index] ?? `call_${index}`,
      type: "function" as const,
      function: { name: call.name, arguments: stringifyJson(call.arguments, { style: jsonStyle }) },
    }));
    messages.push({ role: "assistant", content: null, tool_calls: toolCalls });
  }
  const entries: ExecutionEntry[] = [];
  for (const record of executions) {
    const content = openAiToolContent(record, jsonStyle);
    messages.push({ role: "tool", tool_call_id: ids[record.call] ?? "", content });
    const name = example.answers[record.call]?.name ?? record.name;
    entries.push(
      executionEntryOf(record, (entry) =>
        openAiExecution({ content, call: record.call, name, entry, context }),
      ),
    );
  }
  if (example.response !== undefined) {
    messages.push({ role: "assistant", content: example.response });
  }
  const chat: OpenAiChat = { messages };
  if (example.tools.length > 0) {
    chat.tools = example.tools.map(toolToOpenAiTool);
  }
  const extension = extensions
    ? buildChatExtension(example, { callIds: "native", executionEntries: entries })
    : undefined;
  if (extension !== undefined) {
    chat.apigen = extension;
  }
  return chat;
}

function callIds(answers: ToolCall[], context: ConversionContext): string[] {
  const seen = new Set<string>();
  return answers.map((call, index) => {
    const id = call.id ?? `call_${index}`;
    if (seen.has(id)) {
      throw conversionError(
        { ...context, field: `answers[${index}].id` },
        `call id ${JSON.stringify(id)} is used twice; tool results could not tell the calls apart`,
      );
    }
    seen.add(id);
    return id;
  });
}
