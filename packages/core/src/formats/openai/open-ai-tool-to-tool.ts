import type { ObjectSchema } from "../../schemas/json-schema.js";
import type { Tool } from "../../schemas/tool.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import { validateWire } from "../shared/validate-wire.js";
import { type OpenAiFunction, openAiStrictKeyword, openAiToolSchema } from "./openai-api.js";

/** Options of {@link openAiToolToTool}. */
export interface OpenAiToolToToolOptions {
  /** The row's id or index, for errors. */
  row?: string | number;
}

/**
 * Reads an OpenAI tool (`{type: "function", function: {...}}`) into a canonical tool; the inverse of
 * `toolToOpenAiTool`. A missing `description` reads as `""`, missing `parameters` as `{type: "object"}`,
 * and `strict` is kept in `parameters` under `x-openai-strict`. Throws a `ConversionError` naming the field.
 *
 * @example
 * openAiToolToTool({ type: "function", function: { name: "now", strict: true } })
 * // { name: "now", description: "", parameters: { type: "object", "x-openai-strict": true } }
 */
export function openAiToolToTool(wire: unknown, { row }: OpenAiToolToToolOptions = {}): Tool {
  const context: ConversionContext = { format: "openai", row };
  const tool = validateWire(openAiToolSchema, wire, context);
  return openAiFunctionToTool(tool.function, { ...context, field: "function" });
}

/** Reads a validated OpenAI function into a canonical tool; `context.field` is the function's own path. */
export function openAiFunctionToTool(wire: OpenAiFunction, context: ConversionContext): Tool {
  let parameters: ObjectSchema = wire.parameters ?? { type: "object" };
  const stored = parameters[openAiStrictKeyword];
  if (typeof stored === "boolean" || stored === null) {
    throw conversionError(
      { ...context, field: joinField(joinField(context.field, "parameters"), openAiStrictKeyword) },
      "this keyword is where apigen keeps `strict`; give the flag as `strict` instead",
    );
  }
  if (wire.strict !== undefined) {
    parameters = { ...parameters, [openAiStrictKeyword]: wire.strict };
  }
  return { name: wire.name, description: wire.description ?? "", parameters };
}
