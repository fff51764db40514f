import { ConversionError, jsonObjectSchema, type Result, safeParseJson, type ToolCall } from "@apigen/core";
import { z } from "zod";
import type { PromptFormat } from "../spec/train-job-spec-schema.js";
import { stripEndOfTurn } from "./tokenizer-family.js";

/** What a target says: the calls to make (possibly none), or words for the user instead of a call. */
export type TrainingTarget = ToolCall[] | { response: string };

const callSchema = z.strictObject({ name: z.string().min(1), arguments: jsonObjectSchema });
const xlamV1Schema = z.strictObject({ tool_calls: z.array(callSchema), response: z.string().optional() });
const chatAnswerSchema = z.strictObject({
  role: z.literal("assistant"),
  content: z.string(),
  tool_calls: z.array(z.strictObject({ type: z.literal("function"), function: callSchema })).optional(),
});

/**
 * Reads a rendered target (or a model's answer in the same format) back into calls or a response. Calls must
 * carry `arguments` as a JSON object: a string there is an error, never decoded. A trailing end-of-turn
 * marker is ignored. Failures are values: a `ConversionError` naming the format.
 *
 * @example
 * parseTrainingTarget('{"tool_calls": []}<|EOT|>', "xlam-v1") // { success: true, value: [] }
 */
export function parseTrainingTarget(
  completion: string,
  format: PromptFormat,
): Result<TrainingTarget, ConversionError> {
  const text = stripEndOfTurn(completion).trim();
  if (format === "xlam-v2" && !text.startsWith("[")) {
    return { success: true, value: text === "" ? [] : { response: text } };
  }
  if (format === "xlam-v2") {
    return parseWith(text, format, z.array(callSchema), (calls) => calls);
  }
  if (format === "xlam-v1") {
    return parseWith(text, format, xlamV1Schema, ({ tool_calls: calls, response }) =>
      calls.length === 0 && response !== undefined ? { response } : calls,
    );
  }
  return parseWith(text, format, chatAnswerSchema, ({ content, tool_calls: calls = [] }) =>
    calls.length === 0 && content !== "" ? { response: content } : calls.map((call) => call.function),
  );
}

function parseWith<Schema extends z.ZodType>(
  text: string,
  format: PromptFormat,
  schema: Schema,
  read: (value: z.output<Schema>) => TrainingTarget,
): Result<TrainingTarget, ConversionError> {
  const parsed = safeParseJson({ text, schema });
  if (parsed.success) {
    return { success: true, value: read(parsed.value) };
  }
  const issue = "issues" in parsed.error ? parsed.error.issues[0] : undefined;
  return {
    success: false,
    error: new ConversionError({
      format: `${format} target`,
      ...(issue?.path.length ? { field: issue.path.join(".") } : {}),
      reason: issue?.message ?? parsed.error.message,
      cause: parsed.error,
    }),
  };
}
