import { JsonParseError } from "../../errors/json-parse-error.js";
import { isJsonObject, type JsonObject } from "../../json/json-value.js";
import { parseJson } from "../../json/parse-json.js";
import type { ConversionContext } from "../shared/conversion-context.js";
import { conversionError } from "../shared/conversion-error.js";

/**
 * Parses JSON text that must hold one JSON object (a call's arguments), keeping `2.0` a float. Bad JSON and
 * other values throw a `ConversionError` at `context.field`.
 */
export function readJsonObjectText(text: string, context: ConversionContext): JsonObject {
  const value = readJsonText(text, context);
  if (!isJsonObject(value)) {
    throw conversionError(context, `expected a JSON object, got ${describe(value)}`);
  }
  return value;
}

/** Parses JSON text, turning a syntax error into a `ConversionError` at `context.field`. */
export function readJsonText(text: string, context: ConversionContext): ReturnType<typeof parseJson> {
  try {
    return parseJson(text);
  } catch (error) {
    if (JsonParseError.isInstance(error)) {
      throw conversionError(context, `not valid JSON: ${error.message}`, error);
    }
    throw error;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) {
    return "a list";
  }
  return value === null ? "null" : `a ${typeof value}`;
}
