import { z } from "zod";
import { jsonObjectSchema } from "../json/json-value.js";

/** One call of a tool: its name and its arguments as a JSON object (never a JSON string). */
export const toolCallSchema = z.object({
  name: z.string().min(1, "a call needs a tool name"),
  arguments: jsonObjectSchema,
  /** The call id of formats that carry one (OpenAI `tool_calls[].id`), so tool results can refer to it. */
  id: z.string().optional(),
});
export type ToolCall = z.infer<typeof toolCallSchema>;
