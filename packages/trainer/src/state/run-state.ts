import { z } from "zod";
import { heartbeatLineSchema } from "./heartbeat-line.js";
import { remoteHandleSchema } from "./remote-handle.js";
import { runStatusSchema } from "./run-status.js";

/** The kinds of backend a run can be launched on. */
export const backendKindSchema = z.enum(["local", "ssh", "hf-jobs"]);

/** A kind of backend. */
export type BackendKind = z.infer<typeof backendKindSchema>;

/** One step in a run's history. */
export const runHistoryEntrySchema = z.strictObject({
  status: runStatusSchema,
  /** ISO 8601 time of the move. */
  at: z.string(),
  /** Why, in words: "process gone", "resubmitted (attempt 2)". */
  detail: z.string().optional(),
});

/**
 * The content of `<jobsDir>/<runId>/state.json`: where a training run stands. It never holds a secret.
 */
export const runStateSchema = z.strictObject({
  runId: z.string(),
  backend: backendKindSchema,
  status: runStatusSchema,
  history: z.array(runHistoryEntrySchema),
  remote: remoteHandleSchema.optional(),
  /** The local staged job folder of the latest submission. */
  jobDir: z.string().optional(),
  /** How many times the job was submitted. */
  attempts: z.number().int().nonnegative(),
  lastHeartbeat: heartbeatLineSchema.optional(),
});

/** Where a training run stands. */
export type RunState = z.infer<typeof runStateSchema>;
/** One step of {@link RunState.history}. */
export type RunHistoryEntry = z.infer<typeof runHistoryEntrySchema>;
