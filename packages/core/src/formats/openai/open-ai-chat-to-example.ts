import type { Example } from "../../schemas/example.js";
import type { ToolCall } from "../../schemas/tool-call.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { validateWire } from "../shared/validate-wire.js";
import { assembleExample } from "./assemble-example.js";
import type { DeriveExecution } from "./execution-entry.js";
import { openAiExecution } from "./open-ai-execution.js";
import { openAiFunctionToTool } from "./open-ai-tool-to-tool.js";
import { type OpenAiMessage, type OpenAiToolCall, openAiChatSchema } from "./openai-api.js";
import { readJsonObjectText } from "./read-json-text.js";
import { rowLabel } from "./row-label.js";
import { withArticle } from "./with-article.js";

/** Options of {@link openAiChatToExample}. */
export interface OpenAiChatToExampleOptions {
  /** The row's index or id, for errors; defaults to the `apigen.id` the row carries. */
  row?: string | number;
}

const layout = "a row is [system], user, [assistant with tool_calls, tool...], [assistant]";

/**
 * Reads one OpenAI fine-tuning row into a canonical example; the inverse of `exampleToOpenAiChat`. Messages
 * must come in the order `exampleToOpenAiChat` writes them. A call id equal to `call_<index>` is dropped
 * (that is the id the writer gives a call without one); arguments are parsed so that `2.0` stays a float.
 * Malformed rows throw a `ConversionError` naming the row and the field, e.g.
 * `messages[2].tool_calls[0].function.arguments`.
 *
 * @example
 * const example = openAiChatToExample(parseJson(line), { row: lineNumber });
 */
export function openAiChatToExample(record: unknown, { row }: OpenAiChatToExampleOptions = {}): Example {
  const context: ConversionContext = { format: "openai", row: rowLabel(record, row) };
  const chat = validateWire(openAiChatSchema, record, context);
  const tools = (chat.tools ?? []).map((tool, index) =>
    openAiFunctionToTool(tool.function, { ...context, field: `tools[${index}].function` }),
  );
  const messages = chat.messages;
  let position = 0;
  let system: string | undefined;
  if (messages[0]?.role === "system") {
    system = messages[0].content;
    position = 1;
  }
  const user = messages[position];
  if (user?.role !== "user") {
    throw unexpected(messages, position, context);
  }
  if (user.content === "") {
    throw conversionError({ ...context, field: `messages[${position}].content` }, "a row needs a query");
  }
  position++;
  let answers: ToolCall[] = [];
  const executions: DeriveExecution[] = [];
  let message = messages[position];
  if (message?.role === "assistant" && message.tool_calls != null && message.tool_calls.length > 0) {
    if (message.content != null && message.content !== "") {
      throw conversionError(
        { ...context, field: `messages[${position}].content` },
        "an assistant message with tool_calls must have no content",
      );
    }
    const ids = message.tool_calls.map((call) => call.id);
    answers = readToolCalls(message.tool_calls, { ...context, field: `messages[${position}].tool_calls` });
    position++;
    for (let current = messages[position]; current?.role === "tool"; current = messages[position]) {
      executions.push(
        toolResult(current.content, current.tool_call_id, ids, answers, { ...context, position }),
      );
      position++;
    }
    message = messages[position];
  }
  let response: string | undefined;
  if (message?.role === "assistant") {
    if (message.tool_calls != null && message.tool_calls.length > 0) {
      throw conversionError(
        { ...context, field: `messages[${position}].tool_calls` },
        "a second round of tool calls is not supported: a row holds one round of calls",
      );
    }
    if (typeof message.content !== "string") {
      throw conversionError(
        { ...context, field: `messages[${position}].content` },
        "expected the assistant's reply as a string",
      );
    }
    response = message.content;
    position++;
  }
  if (position < messages.length) {
    throw unexpected(messages, position, context);
  }
  return assembleExample(
    { query: user.content, tools, answers, executions, response, system },
    { extension: chat.apigen, callIds: "native", context },
  );
}

function readToolCalls(calls: OpenAiToolCall[], context: ConversionContext): ToolCall[] {
  const seen = new Set<string>();
  return calls.map((call, index) => {
    if (seen.has(call.id)) {
      throw conversionError(
        { ...context, field: `${context.field}[${index}].id` },
        `call id ${JSON.stringify(call.id)} is used twice`,
      );
    }
    seen.add(call.id);
    const field = `${context.field}[${index}].function.arguments`;
    const result: ToolCall = {
      name: call.function.name,
      arguments: readJsonObjectText(call.function.arguments, { ...context, field }),
    };
    if (call.id !== `call_${index}`) {
      result.id = call.id;
    }
    return result;
  });
}

function toolResult(
  content: string,
  toolCallId: string,
  ids: string[],
  answers: ToolCall[],
  { position, ...context }: ConversionContext & { position: number },
): DeriveExecution {
  const call = ids.indexOf(toolCallId);
  const name = answers[call]?.name;
  if (name === undefined) {
    throw conversionError(
      { ...context, field: `messages[${position}].tool_call_id` },
      `no call in the assistant's tool_calls has the id ${JSON.stringify(toolCallId)}`,
    );
  }
  const resultContext = { ...context, field: `messages[${position}].content` };
  return (entry) => openAiExecution({ content, call, name, entry, context: resultContext });
}

function unexpected(messages: OpenAiMessage[], position: number, context: ConversionContext) {
  const message = messages[position];
  const found =
    message === undefined ? "the messages end here" : `found ${withArticle(message.role)} message here`;
  return conversionError({ ...context, field: `messages[${position}]` }, `${layout}; ${found}`);
}
