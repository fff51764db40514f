import { JsonParseError } from "../../errors/json-parse-error.js";
import { isJsonObject, type JsonValue } from "../../json/json-value.js";
import { parseJson } from "../../json/parse-json.js";
import type { Tool } from "../../schemas/tool.js";
import type { ToolCall } from "../../schemas/tool-call.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";
import { joinField } from "../shared/join-field.js";
import { xlamToolToTool } from "./xlam-tool.js";

/** Parses a row's `tools` JSON string into canonical tools. */
export function readXlamTools(value: unknown, row: string | number | undefined): Tool[] {
  return parseList(value, { format: "xlam", row, field: "tools" }).map((tool, position) =>
    xlamToolToTool(tool, { row, field: joinField("tools", position) }),
  );
}

const callKeys = new Set(["name", "arguments"]);

/** Parses a row's `answers` JSON string into canonical calls (`{name, arguments}`). */
export function readXlamAnswers(value: unknown, row: string | number | undefined): ToolCall[] {
  return parseList(value, { format: "xlam", row, field: "answers" }).map((call, position) => {
    const context: ConversionContext = { format: "xlam", row, field: joinField("answers", position) };
    const at = (key: string): ConversionContext => ({ ...context, field: joinField(context.field, key) });
    if (!isJsonObject(call)) {
      throw conversionError(context, "a call must be a JSON object");
    }
    for (const key of Object.keys(call)) {
      if (!callKeys.has(key)) {
        throw conversionError(at(key), "is not a key of an xLAM call");
      }
    }
    const { name, arguments: callArguments } = call;
    if (typeof name !== "string" || name === "") {
      throw conversionError(at("name"), "a call needs a non-empty string name");
    }
    if (!isJsonObject(callArguments)) {
      throw conversionError(at("arguments"), "a call needs an arguments object");
    }
    return { name, arguments: callArguments };
  });
}

function parseList(value: unknown, context: ConversionContext): JsonValue[] {
  if (typeof value !== "string") {
    throw conversionError(context, "must be a string of JSON (xLAM rows store it as text)");
  }
  let parsed: JsonValue;
  try {
    parsed = parseJson(value);
  } catch (error) {
    if (JsonParseError.isInstance(error)) {
      throw conversionError(context, `is not valid JSON: ${error.message}`, error);
    }
    throw error;
  }
  if (!Array.isArray(parsed)) {
    throw conversionError(context, "must hold a JSON list");
  }
  return parsed;
}
