import { z } from "zod";
import { jsonObjectSchema } from "../../json/json-value.js";
import { chatExtensionSchema } from "../openai/chat-extension.js";

/** The speakers of a LLaMA-Factory ShareGPT row. */
export const shareGptFromSchema = z.enum(["human", "gpt", "function_call", "observation"]);
export type ShareGptFrom = z.infer<typeof shareGptFromSchema>;

/** One turn: `value` is text, or JSON text for `function_call` and `observation`. */
export const shareGptTurnSchema = z.object({ from: shareGptFromSchema, value: z.string() });
export type ShareGptTurn = z.infer<typeof shareGptTurnSchema>;

/**
 * A LLaMA-Factory ShareGPT row: `conversations`, an optional `system` prompt, `tools` as a JSON string of the
 * function list, and apigen's `apigen` key. Other keys are not read.
 */
export const shareGptRecordSchema = z.object({
  conversations: z.array(shareGptTurnSchema),
  system: z.string().optional(),
  tools: z.string().optional(),
  apigen: chatExtensionSchema.optional(),
});
export type ShareGptRecord = z.infer<typeof shareGptRecordSchema>;

/** One call in a `function_call` turn's JSON. */
export const shareGptFunctionCallSchema = z.strictObject({
  name: z.string().min(1, "a call needs a function name"),
  arguments: jsonObjectSchema,
});
export type ShareGptFunctionCall = z.infer<typeof shareGptFunctionCallSchema>;
