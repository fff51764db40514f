import { z } from "zod";
import type { ObjectSchema } from "../../schemas/json-schema.js";
import type { Tool } from "../../schemas/tool.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import { validateWire } from "../shared/validate-wire.js";
import { bfclFormat } from "./bfcl-format.js";
import { bfclSchemaSchema } from "./bfcl-schema.js";
import { bfclSchemaToJsonSchema } from "./bfcl-schema-to-json-schema.js";
import { bfclToolExtension, bfclToolExtensionSchema, withBfclToolExtension } from "./bfcl-tool-extension.js";
import { jsonSchemaToBfclSchema } from "./json-schema-to-bfcl-schema.js";

/**
 * Validates a BFCL function doc: `{name, description, parameters, response?}` where `parameters` is a `dict`
 * schema and `response` (multi-turn docs only) describes the result. `apigen` holds canonical fields that
 * BFCL has no place for (see {@link toolToBfclFunction}); any other key is refused.
 */
export const bfclFunctionSchema = z.strictObject({
  name: z.string().min(1, "a function doc needs a name"),
  description: z.string(),
  parameters: bfclSchemaSchema,
  response: bfclSchemaSchema.optional(),
  apigen: bfclToolExtensionSchema.optional(),
});
/** A BFCL function doc, as found in the `function` list of a question entry or in `multi_turn_func_doc/`. */
export type BfclFunction = z.infer<typeof bfclFunctionSchema>;

/** Options of {@link bfclFunctionToTool}. */
export interface BfclFunctionToToolOptions {
  /** The row (id or line number) to name in errors. */
  row?: string | number;
  /** The path of the doc inside its row, prefixed to the field of errors, e.g. `function[2]`. */
  field?: string;
  /**
   * Read canonical fields (`category`, `source`) back from the doc's `apigen` key; when false the key is ignored.
   * @default true
   */
  extensions?: boolean;
}

/**
 * Converts a BFCL function doc into a canonical {@link Tool}: BFCL type names become JSON Schema types (see
 * `bfclSchemaToJsonSchema`), `response` becomes `returns`, and every other key is kept in its order. The tool
 * gets no `source` or `category` unless the doc's `apigen` key has them. Throws a `ConversionError` naming the
 * row and field for a malformed doc.
 *
 * @example
 * bfclFunctionToTool({ name: "f", description: "d", parameters: { type: "dict", properties: {}, required: [] } })
 * // { name: "f", description: "d", parameters: { type: "object", properties: {}, required: [] } }
 */
export function bfclFunctionToTool(
  doc: unknown,
  { row, field = "", extensions = true }: BfclFunctionToToolOptions = {},
): Tool {
  const original = validateWire(bfclFunctionSchema, doc, { format: bfclFormat, row, field });
  const parameters = bfclSchemaToJsonSchema(original.parameters);
  if (parameters.type !== "object") {
    throw conversionError(
      { format: bfclFormat, row, field: joinField(joinField(field, "parameters"), "type") },
      `the parameters of a function must be a dict, got ${JSON.stringify(original.parameters.type)}`,
    );
  }
  const tool: Tool = {
    name: original.name,
    description: original.description,
    parameters: parameters as ObjectSchema,
    ...(original.response === undefined ? {} : { returns: bfclSchemaToJsonSchema(original.response) }),
  };
  return extensions ? withBfclToolExtension(tool, original.apigen) : tool;
}

/** Options of {@link toolToBfclFunction}. */
export interface ToolToBfclFunctionOptions {
  /** The row (id or line number) to name in errors. */
  row?: string | number;
  /** The path of the tool inside its row, prefixed to the field of errors, e.g. `tools[2]`. */
  field?: string;
  /**
   * Write the canonical fields BFCL has no place for (`category`, `source`) under an `apigen` key of the doc;
   * when false they are dropped.
   * @default true
   */
  extensions?: boolean;
}

/**
 * Converts a canonical {@link Tool} into a BFCL function doc, the inverse of {@link bfclFunctionToTool}.
 * Throws a `ConversionError` naming the field for a schema BFCL cannot express (a list of types, `anyOf`, ...).
 *
 * @example
 * toolToBfclFunction({ name: "f", description: "d", parameters: { type: "object", properties: { x: { type: "number" } } } })
 * // { name: "f", description: "d", parameters: { type: "dict", properties: { x: { type: "float" } } } }
 */
export function toolToBfclFunction(
  tool: Tool,
  { row, field = "", extensions = true }: ToolToBfclFunctionOptions = {},
): BfclFunction {
  const location = (key: string) => ({ row, field: joinField(field, key) });
  const extension = bfclToolExtension(tool);
  return {
    name: tool.name,
    description: tool.description,
    parameters: jsonSchemaToBfclSchema(tool.parameters, location("parameters")),
    ...(tool.returns === undefined
      ? {}
      : { response: jsonSchemaToBfclSchema(tool.returns, location("returns")) }),
    ...(extensions && Object.keys(extension).length > 0 ? { apigen: extension } : {}),
  };
}
