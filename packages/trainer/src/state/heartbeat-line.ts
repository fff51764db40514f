import { z } from "zod";

/**
 * One line of the job's `heartbeat.jsonl`, written by the training script at every logging step. Fields the
 * script cannot know yet (no checkpoint so far, no GPU) are null or absent; unknown fields are kept.
 */
export const heartbeatLineSchema = z.looseObject({
  /** Optimizer steps done. */
  step: z.number().int().nonnegative(),
  /** Fractional epoch. */
  epoch: z.number().nullish(),
  /** Training loss at this step. */
  loss: z.number().nullish(),
  /** Learning rate at this step. */
  lr: z.number().nullish(),
  /** Training throughput. */
  tokensPerSecond: z.number().nullish(),
  /** Peak accelerator memory in GB. */
  memoryGb: z.number().nullish(),
  /** Folder name of the latest checkpoint, e.g. `checkpoint-200`. */
  lastCheckpoint: z.string().nullish(),
  /** When the line was written (ISO 8601 or seconds since the epoch). */
  time: z.union([z.string(), z.number()]).nullish(),
});

/** One heartbeat of a training job. */
export type HeartbeatLine = z.infer<typeof heartbeatLineSchema>;
