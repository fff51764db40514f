import { z } from "zod";
import { toolSchema } from "../../schemas/tool.js";

/** One chat message of a BFCL question turn. */
export const bfclMessageSchema = z.strictObject({
  role: z.enum(["system", "user", "assistant"]),
  content: z.string(),
});
/** One chat message of a BFCL question turn (`system`, `user` or `assistant`). */
export type BfclMessage = z.infer<typeof bfclMessageSchema>;

/**
 * A single-turn BFCL question in canonical form: the user's query, an optional system prompt and the offered
 * tools. Most turns are `[system?, user]`; for any other turn (earlier user and assistant messages, several
 * user messages, messages written `{content, role}`), `messages` holds the whole turn as BFCL gives it, and
 * `system` and `query` repeat its leading system message and its last user message.
 */
export const bfclTaskSchema = z.object({
  id: z.string().min(1),
  /** The content of the turn's leading system message, if it has one. */
  system: z.string().optional(),
  /** The content of the turn's last user message: what the model must answer. */
  query: z.string(),
  tools: z.array(toolSchema),
  /** The whole turn, verbatim, when it is more than an optional system message and one user message. */
  messages: z.array(bfclMessageSchema).min(1).optional(),
  /**
   * True when `question` is a flat list of messages rather than a list holding one turn (the retired `sql`
   * file is written that way).
   */
  flatQuestion: z.literal(true).optional(),
});
/** A single-turn BFCL question in canonical form (see {@link bfclTaskSchema}). */
export type BfclTask = z.infer<typeof bfclTaskSchema>;
