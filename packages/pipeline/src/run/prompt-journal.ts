import { type ChatMessage, type JsonSchema, type QueryStyle, queryStyleSchema } from "@apigen/core";
import { z } from "zod";

/**
 * A prompt as planned, written to `prompts.jsonl` before the model is asked, so a resumed run sends exactly
 * the same request (and the response cache answers it) instead of drawing a new one.
 */
export interface PlannedPrompt {
  kind: "planned";
  prompt: number;
  style: QueryStyle;
  category: string;
  promptId: string;
  /** Names of the tools offered, in order. */
  tools: string[];
  /** Query/answer pairs asked for. */
  pairs: number;
  request: { messages: ChatMessage[]; responseFormat: { name: string; schema: JsonSchema } };
}

/** The end of a prompt: its candidates are all in `candidates.jsonl` (and its accepted rows before them). */
export interface FinishedPrompt {
  kind: "done";
  prompt: number;
  candidates: number;
  /** Candidates that passed every check after their style's target was already met; not kept. */
  surplus: number;
}

/** A prompt the model could not answer (after the middleware's retries): it is not retried. */
export interface FailedPrompt {
  kind: "failed";
  prompt: number;
  /** The error's class and message (never a secret: providers' errors do not carry keys). */
  error: string;
}

export type PromptJournalLine = PlannedPrompt | FinishedPrompt | FailedPrompt;

const messageSchema = z.looseObject({
  role: z.enum(["system", "user", "assistant", "tool"]),
  content: z.string(),
});

/** Validates one line of `prompts.jsonl`. */
export const promptJournalLineSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("planned"),
    prompt: z.number().int().nonnegative(),
    style: queryStyleSchema,
    category: z.string(),
    promptId: z.string(),
    tools: z.array(z.string()),
    pairs: z.number().int().positive(),
    request: z.object({
      messages: z.array(messageSchema),
      responseFormat: z.object({ name: z.string(), schema: z.record(z.string(), z.unknown()) }),
    }),
  }),
  z.object({
    kind: z.literal("done"),
    prompt: z.number().int().nonnegative(),
    candidates: z.number().int().nonnegative(),
    surplus: z.number().int().nonnegative(),
  }),
  z.object({ kind: z.literal("failed"), prompt: z.number().int().nonnegative(), error: z.string() }),
]);

/** Zero-padded prompt number, so ids sort in prompt order: `000042`. */
export function promptKey(prompt: number): string {
  return String(prompt).padStart(6, "0");
}
