import { isJsonObject, type JsonValue } from "../../json/json-value.js";
import type { Tool } from "../../schemas/tool.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import { validateWire } from "../shared/validate-wire.js";
import { openAiFunctionToTool } from "./open-ai-tool-to-tool.js";
import { openAiFunctionSchema, openAiToolSchema } from "./openai-api.js";

/**
 * Reads a JSON list of tools, each either in OpenAI's wrapped form (`{type: "function", function}`) or a
 * bare function (`{name, description, parameters}`), as Hermes and ShareGPT rows hold them.
 */
export function readFunctionTools(value: JsonValue, context: ConversionContext): Tool[] {
  if (!Array.isArray(value)) {
    throw conversionError(context, "expected a JSON list of functions");
  }
  return value.map((item, index) => {
    const field = joinField(context.field, index);
    if (isJsonObject(item) && item.type === "function" && "function" in item) {
      const tool = validateWire(openAiToolSchema, item, { ...context, field });
      return openAiFunctionToTool(tool.function, { ...context, field: joinField(field, "function") });
    }
    const wire = validateWire(openAiFunctionSchema, item, { ...context, field });
    return openAiFunctionToTool(wire, { ...context, field });
  });
}
