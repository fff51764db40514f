import { z } from "zod";

/** One data source of a training job and how much of it to use. */
export const dataSourceSchema = z.strictObject({
  /**
   * A run directory (holding `accepted.jsonl`), an exported xLAM file (`.json` array or `.jsonl` of
   * `{id, query, tools, answers}` rows), or a JSONL file of canonical apigen `Example`s.
   */
  path: z.string().min(1, "a data source needs a path"),
  /**
   * How many times each row is used: 2 repeats every row, 0.5 keeps a seeded half.
   * @default 1
   */
  weight: z.number().positive("a weight must be above 0").default(1),
});
export type DataSource = z.infer<typeof dataSourceSchema>;

/** The training data of a job: sources, length cutoff and held-out split. */
export const dataSpecSchema = z.strictObject({
  sources: z.array(dataSourceSchema).min(1, "name at least one data source"),
  /**
   * Rows longer than this many tokens (estimated) are dropped.
   * @default 2048
   */
  maxLength: z.number().int().min(64).default(2048),
  /**
   * Fraction of rows held out for evaluation, chosen by a seeded hash of the query.
   * @default 0.02
   */
  heldOut: z.number().min(0).max(0.5).default(0.02),
  /**
   * Seed of the held-out split, of fractional-weight subsampling and of the training script.
   * @default 1
   */
  seed: z.number().int().default(1),
});
export type DataSpec = z.infer<typeof dataSpecSchema>;
