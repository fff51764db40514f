import { z } from "zod";
import { isJsonObject, jsonObjectSchema } from "../../json/json-value.js";
import { stringifyJson } from "../../json/stringify-json.js";
import { type Example, inferQueryStyle } from "../../schemas/example.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import { applyToolExtension, readXlamExtensions, writeXlamExtensions } from "./xlam-extensions.js";
import { readXlamAnswers, readXlamTools } from "./xlam-row-fields.js";
import { toolToXlamTool } from "./xlam-tool.js";

/**
 * A row of Salesforce/xlam-function-calling-60k: `tools` and `answers` are JSON text as Python's
 * `json.dumps` writes it. `apigen` is this project's extension (see {@link exampleToXlamRow}).
 */
export const xlamRowSchema = z.object({
  id: z.number().int(),
  query: z.string(),
  answers: z.string(),
  tools: z.string(),
  apigen: jsonObjectSchema.exactOptional(),
});
export type XlamRow = z.infer<typeof xlamRowSchema>;

/** Options of {@link xlamRowToExample}. */
export interface XlamRowToExampleOptions {
  /**
   * Read the row's `apigen` key back into canonical fields; when false it is ignored.
   * @default true
   */
  extensions?: boolean;
  /** The row's position in its file, named in errors when the row has no usable id. */
  index?: number;
}

const rowKeys = new Set(["id", "query", "answers", "tools", "apigen"]);

/**
 * Reads an xLAM-60k row into a canonical {@link Example}. The integer id becomes a string (`0` → `"0"`),
 * `tools` and `answers` are parsed losslessly (`2.0` stays a float), tools go through {@link xlamToolToTool},
 * and `style` comes from the `apigen` extension or else from {@link inferQueryStyle}. Malformed input throws a
 * {@link ConversionError} naming the row (its id, else `index`) and the field (`tools[1].parameters.limit.type`).
 *
 * @example
 * const example = xlamRowToExample(parseJson(line), { index: lineNumber });
 */
export function xlamRowToExample(
  row: unknown,
  { extensions = true, index }: XlamRowToExampleOptions = {},
): Example {
  if (!isJsonObject(row)) {
    throw conversionError(
      { format: "xlam", row: index },
      `a row must be a JSON object, got ${describe(row)}`,
    );
  }
  const { id, query } = row;
  const validId =
    (typeof id === "number" && Number.isInteger(id)) || typeof id === "bigint" || typeof id === "string";
  const label = validId ? String(id) : index;
  const at = (field: string): ConversionContext => ({ format: "xlam", row: label, field });
  if (id !== undefined && !validId) {
    throw conversionError(at("id"), "an id must be an integer or a string");
  }
  for (const key of Object.keys(row)) {
    if (!rowKeys.has(key)) {
      throw conversionError(at(joinField(undefined, key)), "is not a key of an xLAM row");
    }
  }
  if (typeof query !== "string" || query === "") {
    throw conversionError(at("query"), "a row needs a non-empty string query");
  }
  let tools = readXlamTools(row.tools, label);
  let answers = readXlamAnswers(row.answers, label);
  const carried =
    extensions && row.apigen !== undefined
      ? readXlamExtensions(row.apigen, { row: label, tools: tools.length, answers: answers.length })
      : {};
  const toolExtensions = carried.tools;
  if (toolExtensions !== undefined) {
    tools = tools.map((tool, position) => applyToolExtension(tool, toolExtensions[position]));
  }
  const callExtensions = carried.answers;
  if (callExtensions !== undefined) {
    answers = answers.map((call, position) => {
      const callId = callExtensions[position]?.id;
      return callId === undefined ? call : { ...call, id: callId };
    });
  }
  const example: Example = {
    ...(carried.id !== undefined ? { id: carried.id } : validId ? { id: String(id) } : {}),
    query,
    tools,
    answers,
    style: carried.style ?? inferQueryStyle({ tools, answers }),
  };
  for (const key of ["category", "response", "thought", "system"] as const) {
    const text = carried[key];
    if (text !== undefined) {
      example[key] = text;
    }
  }
  if (carried.provenance !== undefined) {
    example.provenance = carried.provenance;
  }
  return example;
}

/** Options of {@link exampleToXlamRow}. */
export interface ExampleToXlamRowOptions {
  /** The row id to write when the example's id is not an integer string. */
  index?: number;
  /**
   * Write the canonical fields xLAM has no place for into the row's `apigen` key: `style` (only when it differs
   * from the inferred one), `category`, `response`, `thought`, `system`, `provenance`, per-tool `category`,
   * `source`, `returns` and left-over `parameters` keywords, per-call `id`. When false these are dropped.
   * @default true
   */
  extensions?: boolean;
}

/**
 * Writes a canonical {@link Example} as an xLAM-60k row, keys in the order `id`, `query`, `answers`, `tools`
 * (then `apigen`), with `tools` and `answers` as `json.dumps` would write them (`", "` and `": "`, non-ASCII as
 * `\uXXXX`), so that a row read with {@link xlamRowToExample} comes back byte-identical.
 *
 * @example
 * stringifyJson(exampleToXlamRow(example, { index: 7 }), { style: "python", ensureAscii: true })
 */
export function exampleToXlamRow(
  example: Example,
  { index, extensions = true }: ExampleToXlamRowOptions = {},
): XlamRow {
  const id = integerId(example.id) ?? index;
  if (id === undefined) {
    throw new TypeError(
      `exampleToXlamRow needs an integer row id: example id ${JSON.stringify(example.id)} is not an integer string, so pass the \`index\` option`,
    );
  }
  const label = example.id ?? index;
  const tools = example.tools.map((tool, position) =>
    toolToXlamTool(tool, { row: label, field: joinField("tools", position) }),
  );
  const answers = example.answers.map((call) => ({ name: call.name, arguments: call.arguments }));
  const written: XlamRow = {
    id,
    query: example.query,
    answers: stringifyJson(answers, { style: "python", ensureAscii: true }),
    tools: stringifyJson(tools, { style: "python", ensureAscii: true }),
  };
  const carried = extensions ? writeXlamExtensions(example) : undefined;
  const keptId = extensions && integerId(example.id) === undefined ? example.id : undefined;
  if (carried !== undefined || keptId !== undefined) {
    written.apigen = { ...(keptId === undefined ? {} : { id: keptId }), ...carried };
  }
  return written;
}

function integerId(id: string | undefined): number | undefined {
  if (id === undefined || !/^(?:0|-?[1-9]\d*)$/.test(id)) {
    return undefined;
  }
  const value = Number(id);
  return Number.isSafeInteger(value) ? value : undefined;
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}
