import { z } from "zod";
import type { MethodSpec } from "./method-spec-schema.js";

/**
 * Optimizer settings as written in a spec: every field may be left out and takes the default of the recipes on
 * record (APIGen appendix and ActionStudio), which depends on the method (see {@link resolveOptimizer}).
 */
export const optimizerInputSchema = z.strictObject({
  /** Peak learning rate. @default 5e-6 for full, 5e-5 for LoRA */
  learningRate: z.number().positive().optional(),
  /** @default "cosine" */
  scheduler: z.enum(["cosine", "linear", "constant"]).optional(),
  /** @default 50 */
  warmupSteps: z.number().int().min(0).optional(),
  /** @default 4 */
  epochs: z.number().positive().optional(),
  /** @default 6 */
  perDeviceBatchSize: z.number().int().positive().optional(),
  /** @default 2 */
  gradientAccumulation: z.number().int().positive().optional(),
  /** AdamW weight decay. @default 0.01 */
  weightDecay: z.number().min(0).optional(),
  /** @default "bf16" */
  precision: z.enum(["bf16", "fp16", "fp32"]).optional(),
  /** Recompute activations in the backward pass to save memory. @default true */
  gradientCheckpointing: z.boolean().optional(),
  /** Gradient norm clipping; 0 turns it off. @default 1 */
  maxGradNorm: z.number().min(0).optional(),
  /** Steps between heartbeat lines. @default 10 */
  logEverySteps: z.number().int().positive().optional(),
});

/** Optimizer settings with every default filled in. */
export type OptimizerSpec = {
  [Key in keyof z.infer<typeof optimizerInputSchema>]-?: NonNullable<
    z.infer<typeof optimizerInputSchema>[Key]
  >;
};

const shared = {
  scheduler: "cosine",
  warmupSteps: 50,
  epochs: 4,
  perDeviceBatchSize: 6,
  gradientAccumulation: 2,
  weightDecay: 0.01,
  precision: "bf16",
  gradientCheckpointing: true,
  maxGradNorm: 1,
  logEverySteps: 10,
} as const;

/**
 * Fills the optimizer defaults of the recipes on record: lr 5e-6 for full fine-tuning, 5e-5 for LoRA, cosine
 * schedule, 50 warm-up steps, 4 epochs, per-device batch 6, gradient accumulation 2, weight decay 0.01, bf16.
 *
 * @example
 * resolveOptimizer({ method: { kind: "full" }, optimizer: {} }).learningRate // 5e-6
 */
export function resolveOptimizer({
  method,
  optimizer = {},
}: {
  method: MethodSpec;
  optimizer?: z.infer<typeof optimizerInputSchema> | undefined;
}): OptimizerSpec {
  const defined = Object.fromEntries(Object.entries(optimizer).filter(([, value]) => value !== undefined));
  return {
    ...shared,
    learningRate: method.kind === "lora" ? 5e-5 : 5e-6,
    ...(defined as Partial<OptimizerSpec>),
  };
}
