import { z } from "zod";
import { jsonObjectSchema, jsonValueSchema } from "../../json/json-value.js";
import { chatExtensionSchema } from "../openai/chat-extension.js";

/** The roles of the `messages` layout. */
export const hermesRoleSchema = z.enum(["system", "user", "assistant", "tool"]);
export type HermesRole = z.infer<typeof hermesRoleSchema>;

/** One message of the `messages` layout. */
export const hermesMessageSchema = z.object({ role: hermesRoleSchema, content: z.string() });
export type HermesMessage = z.infer<typeof hermesMessageSchema>;

/** The speakers of the `sharegpt` layout (`human` is the user, `gpt` the assistant). */
export const hermesFromSchema = z.enum(["system", "human", "gpt", "tool"]);
export type HermesFrom = z.infer<typeof hermesFromSchema>;

/** One turn of the `sharegpt` layout. */
export const hermesTurnSchema = z.object({ from: hermesFromSchema, value: z.string() });
export type HermesTurn = z.infer<typeof hermesTurnSchema>;

/** A Hermes row in the `messages` layout, with apigen's `apigen` key. */
export const hermesMessagesRecordSchema = z.object({
  messages: z.array(hermesMessageSchema),
  apigen: chatExtensionSchema.optional(),
});
export type HermesMessagesRecord = z.infer<typeof hermesMessagesRecordSchema>;

/** A Hermes row in the `sharegpt` layout (as NousResearch's data sets are), with apigen's `apigen` key. */
export const hermesShareGptRecordSchema = z.object({
  conversations: z.array(hermesTurnSchema),
  apigen: chatExtensionSchema.optional(),
});
export type HermesShareGptRecord = z.infer<typeof hermesShareGptRecordSchema>;

/** The two layouts a Hermes row comes in. */
export type HermesLayout = "messages" | "sharegpt";

/** A Hermes row in either layout. */
export type HermesRecord = HermesMessagesRecord | HermesShareGptRecord;

/** The row type of a layout. */
export type HermesRecordOf<Layout extends HermesLayout> = Layout extends "sharegpt"
  ? HermesShareGptRecord
  : HermesMessagesRecord;

/** The JSON inside a `<tool_call>` block. */
export const hermesToolCallSchema = z.strictObject({
  name: z.string().min(1, "a call needs a function name"),
  arguments: jsonObjectSchema,
});
export type HermesToolCall = z.infer<typeof hermesToolCallSchema>;

/** The JSON inside a `<tool_response>` block: the function's name and what it returned. */
export const hermesToolResponseSchema = z.strictObject({
  name: z.string().min(1, "a tool response needs the function's name"),
  content: jsonValueSchema.optional(),
});
export type HermesToolResponse = z.infer<typeof hermesToolResponseSchema>;
