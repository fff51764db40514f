import type { z } from "zod";
import { JsonParseError } from "../errors/json-parse-error.js";
import type { Result } from "../result.js";
import type { JsonValue } from "./json-value.js";
import { type ParseJsonOptions, parseJson } from "./parse-json.js";

/** Options of {@link safeParseJson}. */
export interface SafeParseJsonOptions<Schema extends z.ZodType> extends ParseJsonOptions {
  /** The text to parse. */
  text: string;
  /** Validates the parsed value; without it any JSON value passes. */
  schema?: Schema;
}

/**
 * Parses untrusted JSON (model output, files from users) and validates it, returning a {@link Result} instead
 * of throwing: `error` is a {@link JsonParseError} for bad JSON or a `z.ZodError` for a value of the wrong shape.
 *
 * @example
 * const parsed = safeParseJson({ text, schema: toolCallSchema });
 * if (!parsed.success) return reject(parsed.error);
 */
export function safeParseJson<Schema extends z.ZodType = z.ZodType<JsonValue>>({
  text,
  schema,
  ...options
}: SafeParseJsonOptions<Schema>): Result<z.output<Schema>, JsonParseError | z.ZodError> {
  let value: JsonValue;
  try {
    value = parseJson(text, options);
  } catch (error) {
    if (JsonParseError.isInstance(error)) {
      return { success: false, error };
    }
    throw error;
  }
  if (schema === undefined) {
    return { success: true, value: value as z.output<Schema> };
  }
  const checked = schema.safeParse(value);
  return checked.success ? { success: true, value: checked.data } : { success: false, error: checked.error };
}
