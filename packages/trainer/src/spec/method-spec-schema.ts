import { z } from "zod";

/** Full fine-tuning: every weight is trained. */
export const fullMethodSchema = z.strictObject({ kind: z.literal("full") });

/** LoRA: low-rank adapters on the named projections, merged into the weights at the end. */
export const loraMethodSchema = z.strictObject({
  kind: z.literal("lora"),
  /** @default 32 */
  r: z.number().int().positive().default(32),
  /** @default 64 */
  alpha: z.number().positive().default(64),
  /** @default 0.05 */
  dropout: z.number().min(0).max(1).default(0.05),
  /** Module names to adapt. @default ["q_proj", "k_proj", "v_proj", "o_proj"] */
  targets: z.array(z.string().min(1)).min(1).default(["q_proj", "k_proj", "v_proj", "o_proj"]),
});

/** How the model is trained: `full` or `lora`. */
export const methodSpecSchema = z.discriminatedUnion("kind", [fullMethodSchema, loraMethodSchema]);
export type MethodSpec = z.infer<typeof methodSpecSchema>;
