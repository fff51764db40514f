import { isJsonObject, type JsonValue } from "../../json/json-value.js";
import type { Example } from "../../schemas/example.js";
import type { Tool } from "../../schemas/tool.js";
import type { ToolCall } from "../../schemas/tool-call.js";
import { assembleExample } from "../openai/assemble-example.js";
import type { DeriveExecution } from "../openai/execution-entry.js";
import { readFunctionTools } from "../openai/read-function-tools.js";
import { readJsonText } from "../openai/read-json-text.js";
import { rowLabel } from "../openai/row-label.js";
import { withArticle } from "../openai/with-article.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { validateWire } from "../shared/validate-wire.js";
import { type ShareGptTurn, shareGptFunctionCallSchema, shareGptRecordSchema } from "./share-gpt-api.js";
import { shareGptExecution } from "./share-gpt-execution.js";

/** Options of {@link shareGptToExample}. */
export interface ShareGptToExampleOptions {
  /** The row's index or id, for errors; defaults to the `apigen.id` the row carries. */
  row?: string | number;
}

const layout = "a row is human, [function_call, [observation]], [gpt]";

/**
 * Reads a LLaMA-Factory ShareGPT row into a canonical example; the inverse of `exampleToShareGpt`. A
 * `function_call` value may be one call object instead of a list; an `observation` value that is not a
 * list is the result of a single call. `tools` may be missing or empty (no tools). Malformed rows throw a
 * `ConversionError` naming the row and the field, e.g. `conversations[1].value[0].arguments`.
 *
 * @example
 * const example = shareGptToExample(row, { row: index });
 */
export function shareGptToExample(record: unknown, { row }: ShareGptToExampleOptions = {}): Example {
  const context: ConversionContext = { format: "sharegpt", row: rowLabel(record, row) };
  const parsed = validateWire(shareGptRecordSchema, record, context);
  const tools = readTools(parsed.tools, context);
  const turns = parsed.conversations;
  const user = turns[0];
  if (user?.from !== "human") {
    throw unexpected(turns, 0, context);
  }
  if (user.value === "") {
    throw conversionError({ ...context, field: "conversations[0].value" }, "a row needs a query");
  }
  let position = 1;
  let answers: ToolCall[] = [];
  const executions: DeriveExecution[] = [];
  if (turns[position]?.from === "function_call") {
    answers = readCalls(turns[position]?.value ?? "", {
      ...context,
      field: `conversations[${position}].value`,
    });
    position++;
    const observation = turns[position];
    if (observation?.from === "observation") {
      const field = `conversations[${position}].value`;
      const value = readJsonText(observation.value, { ...context, field });
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        const itemContext = { ...context, field: Array.isArray(value) ? `${field}[${index}]` : field };
        const name = answers[index]?.name;
        executions.push((entry) => shareGptExecution({ item, index, name, entry, context: itemContext }));
      });
      position++;
    }
  }
  let response: string | undefined;
  if (turns[position]?.from === "gpt") {
    response = turns[position]?.value;
    position++;
  }
  if (position < turns.length) {
    throw unexpected(turns, position, context);
  }
  return assembleExample(
    { query: user.value, tools, answers, executions, response, system: parsed.system },
    { extension: parsed.apigen, callIds: "extension", context },
  );
}

function readTools(text: string | undefined, context: ConversionContext): Tool[] {
  if (text === undefined || text.trim() === "") {
    return [];
  }
  const toolsContext = { ...context, field: "tools" };
  return readFunctionTools(readJsonText(text, toolsContext), toolsContext);
}

function readCalls(text: string, context: ConversionContext): ToolCall[] {
  const value: JsonValue = readJsonText(text, context);
  const single = isJsonObject(value);
  const items = single ? [value] : value;
  if (!Array.isArray(items)) {
    throw conversionError(context, "expected a JSON list of calls {name, arguments}");
  }
  return items.map((item, index) => {
    const field = single ? context.field : `${context.field}[${index}]`;
    const call = validateWire(shareGptFunctionCallSchema, item, { ...context, field });
    return { name: call.name, arguments: call.arguments };
  });
}

function unexpected(turns: ShareGptTurn[], position: number, context: ConversionContext) {
  const turn = turns[position];
  const found =
    turn === undefined ? "the conversation ends here" : `found ${withArticle(turn.from)} turn here`;
  return conversionError({ ...context, field: `conversations[${position}]` }, `${layout}; ${found}`);
}
