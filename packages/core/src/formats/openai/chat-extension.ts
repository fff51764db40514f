import { z } from "zod";
import { provenanceSchema, queryStyleSchema } from "../../schemas/example.js";
import { executionRecordSchema } from "../../schemas/execution-record.js";
import { jsonSchemaSchema } from "../../schemas/json-schema.js";
import { toolSourceSchema } from "../../schemas/tool.js";

/**
 * What the `apigen` key keeps of one execution record. A record's content travels in the format's own tool
 * result; the entry holds the rest (a failure's `status`, `truncated`, `durationMs`, the other of `output`
 * and `message`). An entry with a `call` is the whole record, used where the tool result alone could not
 * give it back exactly.
 */
export const executionEntrySchema = z.strictObject(executionRecordSchema.partial().shape);
export type ExecutionEntry = z.infer<typeof executionEntrySchema>;

/** The canonical fields of a tool that OpenAI, Hermes and ShareGPT tool lists have no place for. */
export const toolExtrasSchema = z.strictObject({
  returns: jsonSchemaSchema.optional(),
  category: z.string().optional(),
  source: toolSourceSchema.optional(),
});
export type ToolExtras = z.infer<typeof toolExtrasSchema>;

/** The canonical fields of a call that Hermes and ShareGPT have no place for. */
export const callExtrasSchema = z.strictObject({ id: z.string().optional() });
export type CallExtras = z.infer<typeof callExtrasSchema>;

/**
 * The `apigen` key of an OpenAI, Hermes or ShareGPT row: the canonical fields the format cannot hold, under
 * their canonical names. `tools` and `answers` are aligned with the row's tool and call lists (`{}` where a
 * tool or call has nothing to carry); `provenance.executions` is aligned with the row's tool results.
 * `style` is present only where it differs from what the row's shape implies.
 */
export const chatExtensionSchema = z.strictObject({
  id: z.string().optional(),
  tools: z.array(toolExtrasSchema).optional(),
  answers: z.array(callExtrasSchema).optional(),
  style: queryStyleSchema.optional(),
  category: z.string().optional(),
  thought: z.string().optional(),
  provenance: z
    .strictObject({ ...provenanceSchema.shape, executions: z.array(executionEntrySchema).optional() })
    .optional(),
});
export type ChatExtension = z.infer<typeof chatExtensionSchema>;
