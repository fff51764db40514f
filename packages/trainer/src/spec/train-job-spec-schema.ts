import { z } from "zod";
import { backendSpecSchema } from "./backend-spec-schema.js";
import { dataSpecSchema } from "./data-spec-schema.js";
import { methodSpecSchema } from "./method-spec-schema.js";
import { optimizerInputSchema, resolveOptimizer } from "./optimizer-spec-schema.js";
import { secretsSpecSchema } from "./secrets-spec-schema.js";

/** The prompt formats a job can train in: xLAM v1 blocks, xLAM-2 JSON arrays, or the base model's chat template. */
export const promptFormats = ["xlam-v1", "xlam-v2", "chat-template"] as const;
export const promptFormatSchema = z.enum(promptFormats);
export type PromptFormat = z.infer<typeof promptFormatSchema>;

/**
 * A fine-tuning job: what to train (base model, method), on what (data sources, prompt format), how
 * (optimizer, checkpoints, hardware), where (backend) and what to do after (push, evaluation). Strict: unknown
 * fields are errors. Optimizer defaults depend on the method (see {@link resolveOptimizer}).
 *
 * @example
 * trainJobSpecSchema.parse({ runId: "xlam-1b", baseModel: "deepseek-ai/deepseek-coder-1.3b-instruct",
 *   promptFormat: "xlam-v1", data: { sources: [{ path: "runs/finance" }] }, method: { kind: "full" },
 *   backend: { kind: "local" } })
 */
export const trainJobSpecSchema = z
  .strictObject({
    /** Idempotency key of the job: resubmitting the same id resumes it. */
    runId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9\-_.]{0,63}$/, "use 1 to 64 of a-z 0-9 - _ . starting with a letter or digit"),
    /** A Hub model id (`deepseek-ai/deepseek-coder-1.3b-instruct`) or a local path. */
    baseModel: z.string().min(1),
    /** Parameter count of a base model missing from `knownBaseModels`, for the memory estimate. */
    baseModelParams: z.number().positive().optional(),
    promptFormat: promptFormatSchema,
    data: dataSpecSchema,
    method: methodSpecSchema,
    optimizer: optimizerInputSchema.optional(),
    checkpoint: z
      .strictObject({
        /** @default 200 */
        everySteps: z.number().int().positive().default(200),
        /** Checkpoints kept; older ones are deleted. @default 2 */
        keep: z.number().int().positive().default(2),
      })
      .default({ everySteps: 200, keep: 2 }),
    hardware: z
      .strictObject({
        /** @default 1 */
        gpus: z.number().int().positive().default(1),
        /** Memory of one GPU. @default 80 */
        gpuMemoryGb: z.number().positive().default(80),
      })
      .default({ gpus: 1, gpuMemoryGb: 80 }),
    backend: backendSpecSchema,
    secrets: secretsSpecSchema.default({}),
    /** Push the final model to this Hub repo. */
    push: z.strictObject({ repo: z.string().min(1), private: z.boolean().default(true) }).optional(),
    /** BFCL categories to score the trained model on. */
    evaluation: z.strictObject({ categories: z.array(z.string().min(1)).min(1) }).optional(),
  })
  .transform(({ optimizer, ...spec }) => ({
    ...spec,
    optimizer: resolveOptimizer({ method: spec.method, optimizer }),
  }));

/** A training job spec as written by a user (defaults not yet applied). */
export type TrainJobSpecInput = z.input<typeof trainJobSpecSchema>;
/** A resolved training job spec: every default filled in. */
export type TrainJobSpec = z.output<typeof trainJobSpecSchema>;
