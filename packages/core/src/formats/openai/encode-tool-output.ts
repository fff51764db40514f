import type { JsonValue } from "../../json/json-value.js";
import { parseJson } from "../../json/parse-json.js";
import { type StringifyJsonOptions, stringifyJson } from "../../json/stringify-json.js";

/**
 * Writes a tool's output as the text of a tool message: JSON, except that a string which is not itself
 * JSON text (`"Sunny, 22 °C"`) is written as it is. {@link decodeToolOutput} undoes it exactly.
 */
export function encodeToolOutput(
  output: JsonValue,
  { style = "compact" }: Pick<StringifyJsonOptions, "style"> = {},
): string {
  if (typeof output === "string" && output !== "" && readJsonText(output) === undefined) {
    return output;
  }
  return stringifyJson(output, { style });
}

/**
 * Reads the text of a tool message as the tool's output: text that is JSON as apigen writes it (compact or
 * Python style) gives the parsed value, any other text gives the text itself.
 */
export function decodeToolOutput(text: string): JsonValue {
  const parsed = readJsonText(text);
  return parsed === undefined ? text : parsed.value;
}

function readJsonText(text: string): { value: JsonValue } | undefined {
  let value: JsonValue;
  try {
    value = parseJson(text);
  } catch {
    return undefined;
  }
  const written = [stringifyJson(value), stringifyJson(value, { style: "python" })];
  return written.includes(text) ? { value } : undefined;
}
