import { queryStyleSchema, stageVerdictSchema, toolCallSchema } from "@apigen/core";
import { z } from "zod";

/**
 * One line of `candidates.jsonl`: a candidate row the generator proposed (or its failed attempt), every stage
 * verdict, and whether it was accepted. A candidate rejected as a duplicate passed all three stages and
 * carries `duplicate`; one the model's output could not yield has no `candidate` and a failing format verdict.
 *
 * @example
 * { "id": "000123.2", "prompt": 123, "promptId": "parallel/casual", "style": "parallel", "category": "Finance",
 *   "tools": ["calculate_loan_payment"], "candidate": { "query": "...", "answers": [...] },
 *   "verdicts": [{ "stage": "format", "pass": true, "reason": "ok" }, ...], "accepted": true, "at": "2026-..." }
 */
export const candidateRecordSchema = z.object({
  /** The prompt index zero-padded to 6 digits, a dot, and the 1-based candidate number: `000123.2`. */
  id: z.string().regex(/^\d{6,}\.\d+$/, "an id is PROMPT.CANDIDATE, e.g. 000123.2"),
  /** The prompt's index in the run. */
  prompt: z.number().int().nonnegative(),
  /** The prompt template that produced it. */
  promptId: z.string(),
  style: queryStyleSchema,
  category: z.string(),
  /** The names of the tools offered in the prompt. */
  tools: z.array(z.string()),
  candidate: z
    .object({
      query: z.string(),
      answers: z.array(toolCallSchema),
      thought: z.string().optional(),
      response: z.string().optional(),
    })
    .optional(),
  verdicts: z.array(stageVerdictSchema),
  accepted: z.boolean(),
  /** Set when all stages passed but the row repeats one already accepted. */
  duplicate: z.object({ reason: z.string(), of: z.string() }).optional(),
  /** ISO 8601. */
  at: z.string(),
});
export type CandidateRecord = z.infer<typeof candidateRecordSchema>;
