import { jsonEqual } from "../../json/json-equal.js";
import type { JsonValue } from "../../json/json-value.js";
import { type StringifyJsonOptions, stringifyJson } from "../../json/stringify-json.js";
import type { Example } from "../../schemas/example.js";
import { buildChatExtension } from "../openai/build-chat-extension.js";
import { checkedExecutions } from "../openai/checked-executions.js";
import { executionEntryOf } from "../openai/execution-entry.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import type { HermesLayout, HermesRecordOf, HermesRole } from "./hermes-api.js";
import { hermesExecution, hermesToolResponse } from "./hermes-execution.js";
import { writeHermesTurns } from "./hermes-turns.js";
import { readHermesSystemPrompt } from "./read-hermes-system-prompt.js";
import { renderHermesSystemPrompt } from "./render-hermes-system-prompt.js";
import { writeTaggedBlocks } from "./tagged-blocks.js";

/** Options of {@link exampleToHermes}. */
export interface ExampleToHermesOptions<Layout extends HermesLayout = HermesLayout> {
  /**
   * `"messages"` writes `{messages: [{role, content}]}`; `"sharegpt"` writes `{conversations: [{from, value}]}`
   * with `human` and `gpt` for user and assistant.
   * @default "messages"
   */
  layout?: Layout;
  /**
   * Write the canonical fields Hermes has no place for into the row's `apigen` key: `id`, call ids,
   * `category`, `thought`, `style` (where it differs from the inferred one), `provenance` (all but what the
   * tool responses hold), the status of failed calls and the tools' `returns`, `category` and `source`.
   * With `false` these are dropped.
   * @default true
   */
  extensions?: boolean;
  /**
   * How JSON in the text (tools, calls, responses) is written.
   * @default "python"
   */
  jsonStyle?: StringifyJsonOptions["style"];
}

/**
 * Writes a canonical example as a Hermes function-calling row: a system message with apigen's prompt and the
 * tools in `<tools>` (after the row's own system prompt, if any; a system prompt that already holds a
 * `<tools>` block is used as it is), the user's query, an assistant message of `<tool_call>` blocks, a tool
 * message of `<tool_response>` blocks, and the assistant's reply. {@link hermesToExample} reads it back.
 *
 * @example
 * const row = exampleToHermes(example, { layout: "sharegpt" });
 */
export function exampleToHermes<Layout extends HermesLayout = "messages">(
  example: Example,
  { layout, extensions = true, jsonStyle = "python" }: ExampleToHermesOptions<Layout> = {},
): HermesRecordOf<Layout> {
  const context: ConversionContext = { format: "hermes", row: example.id };
  const executions = checkedExecutions(example, context);
  if (example.response?.includes("<tool_call>")) {
    throw conversionError(
      { ...context, field: "response" },
      "a reply holding <tool_call> would read back as a call",
    );
  }
  const turns: { role: HermesRole; content: string }[] = [
    { role: "system", content: systemText(example, jsonStyle, context) },
    { role: "user", content: example.query },
  ];
  if (example.answers.length > 0) {
    const calls = example.answers.map((call) =>
      stringifyJson({ name: call.name, arguments: call.arguments }, { style: jsonStyle }),
    );
    turns.push({ role: "assistant", content: writeTaggedBlocks("tool_call", calls) });
  }
  if (executions.length > 0) {
    const responses = executions.map((record) =>
      stringifyJson(hermesToolResponse(record) as JsonValue, { style: jsonStyle }),
    );
    turns.push({ role: "tool", content: writeTaggedBlocks("tool_response", responses) });
  }
  if (example.response !== undefined) {
    turns.push({ role: "assistant", content: example.response });
  }
  const entries = executions.map((record, index) =>
    executionEntryOf(record, (entry) => hermesExecution(hermesToolResponse(record), index, entry, context)),
  );
  const extension = extensions
    ? buildChatExtension(example, { callIds: "extension", executionEntries: entries })
    : undefined;
  return writeHermesTurns(turns, layout ?? "messages", extension) as HermesRecordOf<Layout>;
}

function systemText(
  example: Example,
  jsonStyle: NonNullable<StringifyJsonOptions["style"]>,
  context: ConversionContext,
) {
  const { system, tools } = example;
  if (system === undefined || !system.includes("<tools>")) {
    const prompt = renderHermesSystemPrompt(tools, { jsonStyle });
    return system === undefined ? prompt : `${system}\n\n${prompt}`;
  }
  const read = readHermesSystemPrompt(system, { ...context, field: "system" });
  const native = tools.map(({ name, description, parameters }) => ({ name, description, parameters }));
  if (read.system !== system || !jsonEqual(read.tools, native)) {
    throw conversionError(
      { ...context, field: "system" },
      "holds a <tools> block that would not read back as this row's tools and system prompt; leave the tools out of it",
    );
  }
  return system;
}
