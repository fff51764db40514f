import { z } from "zod";
import { jsonSchemaSchema, objectSchemaSchema } from "./json-schema.js";

/** Where a tool comes from, so a run can say which tools it used and how to reach them again. */
export const toolSourceSchema = z.object({
  /** `builtin` (apigen's library), a JS or Python module, an OpenAPI service, an MCP server, or a data set. */
  kind: z.enum(["builtin", "js-module", "python-module", "openapi", "mcp", "dataset"]),
  /** A module path, an OpenAPI document URL, an MCP server name, or a data set format. */
  ref: z.string().optional(),
});
export type ToolSource = z.infer<typeof toolSourceSchema>;

/**
 * A function a model may call, in apigen's canonical form: a JSON Schema object for its parameters
 * (converters turn xLAM, BFCL and OpenAI tool shapes into this and back).
 */
export const toolSchema = z.object({
  name: z.string().min(1, "a tool needs a name"),
  description: z.string(),
  parameters: objectSchemaSchema,
  /** JSON Schema of what the tool returns, where known. */
  returns: jsonSchemaSchema.optional(),
  /** One of the 21 APIGen categories (Finance, Data, Sports, ...) or a user's own. */
  category: z.string().optional(),
  source: toolSourceSchema.optional(),
});
export type Tool = z.infer<typeof toolSchema>;
