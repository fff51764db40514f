import { z } from "zod";
import { type JsonObject, type JsonValue, jsonValueSchema } from "../../json/json-value.js";
import { type Example, inferQueryStyle, provenanceSchema, queryStyleSchema } from "../../schemas/example.js";
import { jsonSchemaSchema } from "../../schemas/json-schema.js";
import { type Tool, toolSourceSchema } from "../../schemas/tool.js";
import type { ToolCall } from "../../schemas/tool-call.js";
import { conversionError } from "../shared/conversion-error.js";
import { validateWire } from "../shared/validate-wire.js";
import { parametersLeftOver } from "./xlam-tool.js";

const toolExtensionSchema = z.strictObject({
  category: z.string().optional(),
  source: toolSourceSchema.optional(),
  returns: jsonSchemaSchema.optional(),
  /** `parameters` keywords the flat map cannot hold; `type` and `properties` never appear here. */
  parameters: z
    .record(z.string(), jsonValueSchema)
    .refine((value) => !("type" in value) && !("properties" in value), "may not hold type or properties")
    .optional(),
});

const callExtensionSchema = z.strictObject({ id: z.string().optional() });

/**
 * The `apigen` key of an xLAM row: every canonical field xLAM has no place for, under its canonical name.
 * `tools` and `answers` are aligned with the row's tool and call lists (`{}` where nothing is carried).
 */
export const xlamExtensionsSchema = z.strictObject({
  /** The canonical id when it is not an integer string (the row's `id` column can only hold integers). */
  id: z.string().optional(),
  style: queryStyleSchema.optional(),
  category: z.string().optional(),
  response: z.string().optional(),
  thought: z.string().optional(),
  system: z.string().optional(),
  provenance: provenanceSchema.optional(),
  tools: z.array(toolExtensionSchema).optional(),
  answers: z.array(callExtensionSchema).optional(),
});
export type XlamExtensions = z.infer<typeof xlamExtensionsSchema>;

/** Validates a row's `apigen` value against the row's tool and call counts. */
export function readXlamExtensions(
  value: unknown,
  { row, tools, answers }: { row: string | number | undefined; tools: number; answers: number },
): XlamExtensions {
  const extensions = validateWire(xlamExtensionsSchema, value, { format: "xlam", row, field: "apigen" });
  for (const [key, count] of [
    ["tools", tools],
    ["answers", answers],
  ] as const) {
    const entries = extensions[key];
    if (entries !== undefined && entries.length !== count) {
      throw conversionError(
        { format: "xlam", row, field: `apigen.${key}` },
        `has ${entries.length} entries for ${count} ${key}`,
      );
    }
  }
  return extensions;
}

/** Puts a tool's carried fields back: `category`, `source`, `returns` and left-over `parameters` keywords. */
export function applyToolExtension(
  tool: Tool,
  extension: z.infer<typeof toolExtensionSchema> | undefined,
): Tool {
  if (extension === undefined) {
    return tool;
  }
  const { category, source, returns, parameters } = extension;
  return {
    ...tool,
    ...(parameters === undefined
      ? {}
      : { parameters: { ...tool.parameters, ...parameters, type: "object" } }),
    ...(returns === undefined ? {} : { returns }),
    ...(category === undefined ? {} : { category }),
    ...(source === undefined ? {} : { source }),
  };
}

/** The `apigen` object for an example, or `undefined` when it would be empty. */
export function writeXlamExtensions(example: Example): JsonObject | undefined {
  const extensions: JsonObject = {};
  if (example.style !== inferQueryStyle(example)) {
    extensions.style = example.style;
  }
  for (const key of ["category", "response", "thought", "system"] as const) {
    const text = example[key];
    if (text !== undefined) {
      extensions[key] = text;
    }
  }
  if (example.provenance !== undefined) {
    extensions.provenance = example.provenance as JsonObject;
  }
  const tools = example.tools.map(toolExtension);
  if (tools.some((entry) => Object.keys(entry).length > 0)) {
    extensions.tools = tools;
  }
  const answers = example.answers.map(
    (call: ToolCall): JsonObject => (call.id === undefined ? {} : { id: call.id }),
  );
  if (answers.some((entry) => Object.keys(entry).length > 0)) {
    extensions.answers = answers;
  }
  return Object.keys(extensions).length > 0 ? extensions : undefined;
}

function toolExtension(tool: Tool): JsonObject {
  const entry: JsonObject = {};
  if (tool.category !== undefined) {
    entry.category = tool.category;
  }
  if (tool.source !== undefined) {
    entry.source = tool.source as JsonObject;
  }
  if (tool.returns !== undefined) {
    entry.returns = tool.returns as JsonValue;
  }
  const leftOver = parametersLeftOver(tool.parameters);
  if (Object.keys(leftOver).length > 0) {
    entry.parameters = leftOver;
  }
  return entry;
}
