import { z } from "zod";
import { isJsonObject } from "../../json/json-value.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import { validateWire } from "../shared/validate-wire.js";
import { bfclFormat } from "./bfcl-format.js";
import {
  type BfclFunction,
  bfclFunctionSchema,
  bfclFunctionToTool,
  toolToBfclFunction,
} from "./bfcl-function.js";
import { type BfclMessage, type BfclTask, bfclMessageSchema } from "./bfcl-task.js";
import { bfclToolExtension, bfclToolExtensionSchema, withBfclToolExtension } from "./bfcl-tool-extension.js";
import { checkedTurn, isPlainTurn, plainTurn } from "./bfcl-turn.js";

/**
 * Validates a single-turn question entry: `{id, question: [[messages]], function: [docs]}`. `question` may also
 * be a flat list of messages (the retired `sql` file). `apigen.tools` carries canonical tool fields that BFCL
 * has no place for, aligned with `function`.
 */
export const bfclQuestionSchema = z.strictObject({
  id: z.string().min(1, "a question entry needs an id"),
  question: z.union([z.array(z.array(bfclMessageSchema).min(1)).min(1), z.array(bfclMessageSchema).min(1)]),
  function: z.array(bfclFunctionSchema),
  apigen: z.strictObject({ tools: z.array(bfclToolExtensionSchema) }).optional(),
});
/** A single-turn BFCL question entry. */
export type BfclQuestion = z.infer<typeof bfclQuestionSchema>;

/** Options of {@link bfclQuestionToTask} and {@link bfclTaskToQuestion}. */
export interface BfclQuestionOptions {
  /** The row to name in errors where the entry has no id (e.g. its line number). */
  row?: string | number;
  /**
   * Read (or write) the tools' canonical fields that BFCL has no place for (`category`, `source`) under
   * `apigen.tools`; when false they are ignored on reading and dropped on writing.
   * @default true
   */
  extensions?: boolean;
}

/**
 * Converts a single-turn BFCL question entry into a {@link BfclTask}, losslessly (see `BfclTask.messages`).
 * Throws a `ConversionError` naming the row and field for a malformed entry, and for multi-turn and agentic
 * entries (they have no `function` list).
 */
export function bfclQuestionToTask(
  entry: unknown,
  { row, extensions = true }: BfclQuestionOptions = {},
): BfclTask {
  const rowOf = isJsonObject(entry) && typeof entry.id === "string" ? entry.id : row;
  if (isJsonObject(entry) && !("function" in entry)) {
    throw conversionError(
      { format: bfclFormat, row: rowOf, field: "function" },
      "the entry has no function list: multi-turn (and agentic) entries are not single-turn questions",
    );
  }
  const question = validateWire(bfclQuestionSchema, entry, { format: bfclFormat, row: rowOf });
  const id = question.id;
  const at = (field: string): ConversionContext => ({ format: bfclFormat, row: id, field });
  const flat = !question.question.every((item) => Array.isArray(item));
  if (!flat && question.question.length !== 1) {
    throw conversionError(
      at("question"),
      `a single-turn question has one turn, this one has ${question.question.length}`,
    );
  }
  const turn = (flat ? question.question : question.question[0]) as BfclMessage[];
  const query = turn.findLast((message) => message.role === "user");
  if (query === undefined) {
    throw conversionError(at(flat ? "question" : "question[0]"), "the turn has no user message");
  }
  const extensionsOfTools = question.apigen?.tools;
  if (
    extensions &&
    extensionsOfTools !== undefined &&
    extensionsOfTools.length !== question.function.length
  ) {
    throw conversionError(at("apigen.tools"), "apigen.tools must have one entry per function");
  }
  const tools = question.function.map((doc, index) => {
    const tool = bfclFunctionToTool(doc, { row: id, field: joinField("function", index), extensions: false });
    return extensions ? withBfclToolExtension(tool, extensionsOfTools?.[index]) : tool;
  });
  const [first] = turn;
  return {
    id,
    ...(first?.role === "system" ? { system: first.content } : {}),
    query: query.content,
    tools,
    ...(isPlainTurn(turn) ? {} : { messages: turn.map((message) => ({ ...message })) }),
    ...(flat ? { flatQuestion: true as const } : {}),
  };
}

/**
 * Converts a {@link BfclTask} into a BFCL question entry, the inverse of {@link bfclQuestionToTask}. Throws a
 * `ConversionError` when `messages` disagrees with `system` or `query`, or a tool has no BFCL spelling.
 */
export function bfclTaskToQuestion(
  task: BfclTask,
  { extensions = true }: BfclQuestionOptions = {},
): BfclQuestion {
  const turn = task.messages === undefined ? plainTurn(task) : checkedTurn(task, task.messages);
  const functions: BfclFunction[] = task.tools.map((tool, index) =>
    toolToBfclFunction(tool, { row: task.id, field: joinField("tools", index), extensions: false }),
  );
  const toolExtensions = task.tools.map((tool) => bfclToolExtension(tool));
  const carry = extensions && toolExtensions.some((extension) => Object.keys(extension).length > 0);
  return {
    id: task.id,
    question: task.flatQuestion === true ? turn : [turn],
    function: functions,
    ...(carry ? { apigen: { tools: toolExtensions } } : {}),
  };
}
