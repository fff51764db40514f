import { z } from "zod";

/** The three verification stages, in the order they run. */
export const verificationStages = ["format", "execution", "semantic"] as const;
export const verificationStageSchema = z.enum(verificationStages);
export type VerificationStage = z.infer<typeof verificationStageSchema>;

/** What one stage decided about one candidate, in a form a machine can count and a person can read. */
export const stageVerdictSchema = z.object({
  stage: verificationStageSchema,
  pass: z.boolean(),
  /** A stable reason code in snake_case: `ok`, `invalid_json`, `unknown_tool`, `type_mismatch`, `timeout`, ... */
  reason: z.string().regex(/^[a-z][a-z0-9_]*$/, "a reason code is snake_case"),
  /** A sentence for people: what was wrong and where. */
  detail: z.string().optional(),
  /** JSON path of the offending value, e.g. `$.answers[1].arguments.limit`. */
  path: z.string().optional(),
});
export type StageVerdict = z.infer<typeof stageVerdictSchema>;
