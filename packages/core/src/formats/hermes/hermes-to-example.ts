import type { Example } from "../../schemas/example.js";
import type { ToolCall } from "../../schemas/tool-call.js";
import { assembleExample } from "../openai/assemble-example.js";
import type { DeriveExecution } from "../openai/execution-entry.js";
import { rowLabel } from "../openai/row-label.js";
import { withArticle } from "../openai/with-article.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { validateWire } from "../shared/validate-wire.js";
import { hermesToolCallSchema, hermesToolResponseSchema } from "./hermes-api.js";
import { hermesExecution } from "./hermes-execution.js";
import { type HermesTurnAt, readHermesTurns } from "./hermes-turns.js";
import { readHermesSystemPrompt } from "./read-hermes-system-prompt.js";
import { readTaggedBlocks } from "./tagged-blocks.js";

/** Options of {@link hermesToExample}. */
export interface HermesToExampleOptions {
  /** The row's index or id, for errors; defaults to the `apigen.id` the row carries. */
  row?: string | number;
}

const layout =
  "a row is system (with <tools>), user, [assistant with <tool_call> blocks, [tool]], [assistant]";

/**
 * Reads a Hermes function-calling row, in either layout (told from its `messages` or `conversations` key),
 * into a canonical example; the inverse of `exampleToHermes`. The tools come from the system message's
 * `<tools>` block; the system prompt is kept unless it is apigen's own (see `readHermesSystemPrompt`).
 * Malformed rows throw a `ConversionError` naming the row and the field, e.g.
 * `messages[2].content<tool_call>[0]`.
 *
 * @example
 * const example = hermesToExample(parseJson(line), { row: lineNumber });
 */
export function hermesToExample(record: unknown, { row }: HermesToExampleOptions = {}): Example {
  const context: ConversionContext = { format: "hermes", row: rowLabel(record, row) };
  const { turns, list, extension } = readHermesTurns(record, context);
  const unexpected = (position: number) => unexpectedTurn(turns, list, position, context);
  const first = turns[0];
  if (first?.role !== "system") {
    throw unexpected(0);
  }
  const { tools, system } = readHermesSystemPrompt(first.content, { ...context, field: first.field });
  const user = turns[1];
  if (user?.role !== "user") {
    throw unexpected(1);
  }
  if (user.content === "") {
    throw conversionError({ ...context, field: user.field }, "a row needs a query");
  }
  let position = 2;
  let answers: ToolCall[] = [];
  const executions: DeriveExecution[] = [];
  let turn = turns[position];
  if (turn?.role === "assistant" && turn.content.includes("<tool_call>")) {
    answers = readTaggedBlocks(turn.content, "tool_call", { ...context, field: turn.field }).map((block) => {
      const call = validateWire(hermesToolCallSchema, block.value, block.context);
      return { name: call.name, arguments: call.arguments };
    });
    turn = turns[++position];
    if (turn?.role === "tool") {
      const blocks = readTaggedBlocks(turn.content, "tool_response", { ...context, field: turn.field });
      if (blocks.length === 0) {
        throw conversionError(
          { ...context, field: turn.field },
          "a tool message needs <tool_response> blocks",
        );
      }
      blocks.forEach((block, index) => {
        const response = validateWire(hermesToolResponseSchema, block.value, block.context);
        executions.push((entry) => hermesExecution(response, index, entry, block.context));
      });
      turn = turns[++position];
    }
  }
  let response: string | undefined;
  if (turn?.role === "assistant") {
    if (turn.content.includes("<tool_call>")) {
      throw conversionError(
        { ...context, field: turn.field },
        "a second round of tool calls is not supported: a row holds one round of calls",
      );
    }
    response = turn.content;
    position++;
  }
  if (position < turns.length) {
    throw unexpected(position);
  }
  return assembleExample(
    { query: user.content, tools, answers, executions, response, system },
    { extension, callIds: "extension", context },
  );
}

function unexpectedTurn(turns: HermesTurnAt[], list: string, position: number, context: ConversionContext) {
  const turn = turns[position];
  const found = turn === undefined ? `the ${list} end here` : `found ${withArticle(turn.role)} message here`;
  return conversionError({ ...context, field: `${list}[${position}]` }, `${layout}; ${found}`);
}
