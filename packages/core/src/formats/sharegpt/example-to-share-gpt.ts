import type { JsonValue } from "../../json/json-value.js";
import { type StringifyJsonOptions, stringifyJson } from "../../json/stringify-json.js";
import type { Example } from "../../schemas/example.js";
import { buildChatExtension } from "../openai/build-chat-extension.js";
import { checkedExecutions } from "../openai/checked-executions.js";
import { executionEntryOf } from "../openai/execution-entry.js";
import { toolToOpenAiFunction } from "../openai/tool-to-open-ai-tool.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import type { ShareGptRecord, ShareGptTurn } from "./share-gpt-api.js";
import { shareGptExecution, shareGptObservation } from "./share-gpt-execution.js";

/** Options of {@link exampleToShareGpt}. */
export interface ExampleToShareGptOptions {
  /**
   * Write the canonical fields ShareGPT has no place for into the row's `apigen` key: `id`, call ids,
   * `category`, `thought`, `style` (where it differs from the inferred one), `provenance` (all but what the
   * observation holds), the status of failed calls and the tools' `returns`, `category` and `source`. With
   * `false` these are dropped.
   * @default true
   */
  extensions?: boolean;
  /**
   * How the JSON strings (`tools`, calls, observations) are written; `"python"` is how LLaMA-Factory's data
   * is written.
   * @default "python"
   */
  jsonStyle?: StringifyJsonOptions["style"];
}

/**
 * Writes a canonical example as a LLaMA-Factory ShareGPT row: `human` (the query), `function_call` (a JSON
 * list of `{name, arguments}`), `observation` (a JSON list of the results, one per execution record, in
 * order) and `gpt` (the reply), with `system` and `tools` (a JSON list of functions) beside them.
 * {@link shareGptToExample} reads it back.
 *
 * @example
 * const row = exampleToShareGpt(example);
 */
export function exampleToShareGpt(
  example: Example,
  { extensions = true, jsonStyle = "python" }: ExampleToShareGptOptions = {},
): ShareGptRecord {
  const context: ConversionContext = { format: "sharegpt", row: example.id };
  const executions = checkedExecutions(example, context);
  const write = (value: unknown) => stringifyJson(value as JsonValue, { style: jsonStyle });
  const conversations: ShareGptTurn[] = [{ from: "human", value: example.query }];
  if (example.answers.length > 0) {
    const calls = example.answers.map((call) => ({ name: call.name, arguments: call.arguments }));
    conversations.push({ from: "function_call", value: write(calls) });
  }
  if (executions.length > 0) {
    conversations.push({ from: "observation", value: write(executions.map(shareGptObservation)) });
  }
  if (example.response !== undefined) {
    conversations.push({ from: "gpt", value: example.response });
  }
  const record: ShareGptRecord = { conversations };
  if (example.system !== undefined) {
    record.system = example.system;
  }
  record.tools = write(example.tools.map(toolToOpenAiFunction));
  const entries = executions.map((record, index) =>
    executionEntryOf(record, (entry) =>
      shareGptExecution({
        item: shareGptObservation(record),
        index,
        name: example.answers[index]?.name,
        entry,
        context,
      }),
    ),
  );
  const extension = extensions
    ? buildChatExtension(example, { callIds: "extension", executionEntries: entries })
    : undefined;
  if (extension !== undefined) {
    record.apigen = extension;
  }
  return record;
}
