import { z } from "zod";
import { executionRecordSchema } from "./execution-record.js";
import { stageVerdictSchema } from "./stage-verdict.js";
import { type Tool, toolSchema } from "./tool.js";
import { type ToolCall, toolCallSchema } from "./tool-call.js";

/**
 * The kinds of query a row teaches. The first four mirror the BFCL categories; `no_call` rows offer tools
 * that cannot serve the request (the answer is no call and a short statement), and `missing_argument` rows
 * leave a required value out of the query (the answer asks for it).
 */
export const queryStyles = [
  "simple",
  "multiple",
  "parallel",
  "parallel_multiple",
  "no_call",
  "missing_argument",
] as const;
export const queryStyleSchema = z.enum(queryStyles);
export type QueryStyle = z.infer<typeof queryStyleSchema>;

/** Where a row came from and what the checks said about it. */
export const provenanceSchema = z.object({
  generatorModel: z.string().optional(),
  judgeModel: z.string().optional(),
  /** Id of the prompt template that produced the row. */
  promptId: z.string().optional(),
  seed: z.number().int().optional(),
  verdicts: z.array(stageVerdictSchema).optional(),
  executions: z.array(executionRecordSchema).optional(),
  /** ISO 8601 time the row was accepted. */
  createdAt: z.string().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** One row of a function-calling data set, in apigen's canonical form. */
export const exampleSchema = z.object({
  id: z.string().optional(),
  query: z.string().min(1, "a row needs a query"),
  tools: z.array(toolSchema),
  answers: z.array(toolCallSchema),
  style: queryStyleSchema,
  category: z.string().optional(),
  /** The assistant's words: the statement of a no-call row, the question of a missing-argument row, or a final reply. */
  response: z.string().optional(),
  /** The generator's reasoning, where it gave one. */
  thought: z.string().optional(),
  /** A system prompt that came with the row (OpenAI, Hermes and ShareGPT rows may carry one). */
  system: z.string().optional(),
  provenance: provenanceSchema.optional(),
});
export type Example = z.infer<typeof exampleSchema>;

/**
 * The style a row's shape implies: one tool and one call is `simple`, several tools and one call `multiple`,
 * one tool and several calls `parallel`, several of both `parallel_multiple`, no call `no_call`. A
 * `missing_argument` row also has no call and cannot be told from its shape: its producer must say so.
 */
export function inferQueryStyle({
  tools,
  answers,
}: {
  tools: readonly Tool[];
  answers: readonly ToolCall[];
}): QueryStyle {
  if (answers.length === 0) {
    return "no_call";
  }
  const distinctCalled = new Set(answers.map((call) => call.name)).size;
  const several = tools.length > 1 || distinctCalled > 1;
  if (answers.length === 1) {
    return several ? "multiple" : "simple";
  }
  return several ? "parallel_multiple" : "parallel";
}
