import type { ObjectSchema } from "../../schemas/json-schema.js";
import type { Tool } from "../../schemas/tool.js";
import { type OpenAiFunction, type OpenAiTool, openAiStrictKeyword } from "./openai-api.js";

/**
 * Writes a canonical tool as an OpenAI tool. The mapping, undone exactly by `openAiToolToTool`:
 * - an empty `description` is left out;
 * - parameters that are just `{type: "object"}` are left out (a function without arguments);
 * - a boolean or `null` under `x-openai-strict` in `parameters` becomes `function.strict`.
 *
 * `returns`, `category` and `source` have no place in an OpenAI tool and are dropped here; the row
 * converters keep them in the `apigen` key.
 *
 * @example
 * toolToOpenAiTool({ name: "now", description: "", parameters: { type: "object" } })
 * // { type: "function", function: { name: "now" } }
 */
export function toolToOpenAiTool(tool: Tool): OpenAiTool {
  return { type: "function", function: toolToOpenAiFunction(tool) };
}

/** The `function` member of {@link toolToOpenAiTool}'s result (the bare form ShareGPT tool lists use). */
export function toolToOpenAiFunction(tool: Tool): OpenAiFunction {
  const { [openAiStrictKeyword]: strict, ...rest } = tool.parameters;
  const keepStrict = typeof strict === "boolean" || strict === null;
  const parameters = keepStrict ? (rest as ObjectSchema) : tool.parameters;
  const result: OpenAiFunction = { name: tool.name };
  if (tool.description !== "") {
    result.description = tool.description;
  }
  if (!isBareObjectSchema(parameters)) {
    result.parameters = parameters;
  }
  if (keepStrict) {
    result.strict = strict;
  }
  return result;
}

/** True for exactly `{type: "object"}`, the canonical parameters of a function the wire lists without any. */
export function isBareObjectSchema(schema: ObjectSchema): boolean {
  const keys = Object.keys(schema);
  return keys.length === 1 && keys[0] === "type" && schema.type === "object";
}
