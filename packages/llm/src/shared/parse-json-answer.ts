import { type JsonParseError, type JsonValue, type Result, safeParseJson } from "@apigen/core";

const fencedBlock = /```(?:json)?[ \t]*\r?\n?([\s\S]*?)```/i;

/**
 * Reads a model's JSON answer: the whole text, or else the first fenced code block in it, as models prompted
 * for JSON often wrap it in ```json fences. Never throws; any JSON value passes.
 *
 * @example
 * parseJsonAnswer('```json\n{"a": 1}\n```') // { success: true, value: { a: 1 } }
 */
export function parseJsonAnswer(text: string): Result<JsonValue, JsonParseError> {
  const whole = safeParseJson({ text: text.trim() });
  if (whole.success) {
    return whole;
  }
  const fenced = fencedBlock.exec(text)?.[1];
  if (fenced !== undefined) {
    const inner = safeParseJson({ text: fenced.trim() });
    if (inner.success) {
      return inner;
    }
  }
  return { success: false, error: whole.error as JsonParseError };
}
