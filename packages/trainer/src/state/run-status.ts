import { z } from "zod";

/**
 * Every status a training run passes through, in order of a happy path: validated (spec checked), staged (job
 * folder written), submitted (handed to a backend), running, then one of succeeded, failed or cancelled.
 */
export const runStatuses = [
  "validated",
  "staged",
  "submitted",
  "running",
  "succeeded",
  "failed",
  "cancelled",
] as const;

/** One of {@link runStatuses}. */
export const runStatusSchema = z.enum(runStatuses);

/** The status of a training run. */
export type RunStatus = z.infer<typeof runStatusSchema>;

/**
 * The legal moves between statuses. A failed or cancelled run may be submitted again (it resumes from its latest
 * checkpoint); a succeeded run is final.
 */
export const runTransitions: Readonly<Record<RunStatus, readonly RunStatus[]>> = {
  validated: ["staged", "failed", "cancelled"],
  staged: ["submitted", "failed", "cancelled"],
  submitted: ["running", "succeeded", "failed", "cancelled"],
  running: ["succeeded", "failed", "cancelled"],
  succeeded: [],
  failed: ["staged", "submitted"],
  cancelled: ["staged", "submitted"],
};

/**
 * True when a run may move from `from` to `to`.
 *
 * @example
 * canTransitionRun("running", "succeeded") // true
 */
export function canTransitionRun(from: RunStatus, to: RunStatus): boolean {
  return runTransitions[from].includes(to);
}
