import { z } from "zod";
import { objectSchemaSchema } from "../../schemas/json-schema.js";
import { chatExtensionSchema } from "./chat-extension.js";

/**
 * The keyword under which a tool's OpenAI `strict` flag is kept inside the canonical `parameters` schema, so
 * that a canonical tool can carry it (JSON Schema ignores `x-` keywords).
 */
export const openAiStrictKeyword = "x-openai-strict";

/** The `function` member of an OpenAI tool: name, description, JSON Schema parameters, `strict`. */
export const openAiFunctionSchema = z.object({
  name: z.string().min(1, "a function needs a name"),
  description: z.string().nullish(),
  parameters: objectSchemaSchema.nullish(),
  strict: z.boolean().nullish(),
});
export type OpenAiFunction = z.infer<typeof openAiFunctionSchema>;

/** An OpenAI tool: `{type: "function", function: {...}}`. */
export const openAiToolSchema = z.object({ type: z.literal("function"), function: openAiFunctionSchema });
export type OpenAiTool = z.infer<typeof openAiToolSchema>;

/** One entry of an assistant message's `tool_calls`; `arguments` is a JSON string. */
export const openAiToolCallSchema = z.object({
  id: z.string().min(1, "a tool call needs an id"),
  type: z.literal("function"),
  function: z.object({ name: z.string().min(1, "a call needs a function name"), arguments: z.string() }),
});
export type OpenAiToolCall = z.infer<typeof openAiToolCallSchema>;

/** A `system` message. */
export const openAiSystemMessageSchema = z.object({ role: z.literal("system"), content: z.string() });
export type OpenAiSystemMessage = z.infer<typeof openAiSystemMessageSchema>;

/** A `user` message. */
export const openAiUserMessageSchema = z.object({ role: z.literal("user"), content: z.string() });
export type OpenAiUserMessage = z.infer<typeof openAiUserMessageSchema>;

/** An `assistant` message: a reply in `content`, or calls in `tool_calls` with `content: null`. */
export const openAiAssistantMessageSchema = z.object({
  role: z.literal("assistant"),
  content: z.string().nullish(),
  tool_calls: z.array(openAiToolCallSchema).nullish(),
});
export type OpenAiAssistantMessage = z.infer<typeof openAiAssistantMessageSchema>;

/** A `tool` message: the result of the call whose id is `tool_call_id`. */
export const openAiToolMessageSchema = z.object({
  role: z.literal("tool"),
  tool_call_id: z.string(),
  content: z.string(),
});
export type OpenAiToolMessage = z.infer<typeof openAiToolMessageSchema>;

/** Any message of an OpenAI chat row. */
export const openAiMessageSchema = z.discriminatedUnion("role", [
  openAiSystemMessageSchema,
  openAiUserMessageSchema,
  openAiAssistantMessageSchema,
  openAiToolMessageSchema,
]);
export type OpenAiMessage = z.infer<typeof openAiMessageSchema>;

/**
 * One line of an OpenAI fine-tuning file: `messages`, `tools`, and apigen's own `apigen` key for the
 * canonical fields OpenAI has no place for. Other keys are not read.
 */
export const openAiChatSchema = z.object({
  messages: z.array(openAiMessageSchema),
  tools: z.array(openAiToolSchema).nullish(),
  apigen: chatExtensionSchema.optional(),
});
export type OpenAiChat = z.infer<typeof openAiChatSchema>;
