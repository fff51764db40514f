import type { TrainingBackend } from "../backends/training-backend.js";
import { findUnrecordedJob } from "./find-unrecorded-job.js";
import { readRunState } from "./read-run-state.js";
import type { RunState } from "./run-state.js";
import { TrainingRunError } from "./training-run-error.js";
import { transitionRun } from "./transition-run.js";
import { withLaunchLock } from "./with-launch-lock.js";
import { writeRunState } from "./write-run-state.js";

/** Options of {@link cancelTrainingRun}. */
export interface CancelTrainingRunOptions {
  /** The run's id. */
  runId: string;
  /** The folder holding one sub-folder per run. @default "runs/train" */
  jobsDir?: string;
  /** The backend the run was launched on. */
  backend: TrainingBackend;
  /** The clock. @default () => new Date() */
  now?: () => Date;
}

/**
 * Cancels a run, holding its launch lock (so a launch cannot start it again meanwhile): the backend stops the job
 * and everything it started, and the state moves to cancelled. A run left submitted without a handle by a killed
 * launcher has its job looked for and stopped too. A run that already ended is left as it is and returned.
 *
 * @example
 * await cancelTrainingRun({ runId: "xlam-1b", backend });
 */
export async function cancelTrainingRun({
  runId,
  jobsDir,
  backend,
  now = () => new Date(),
}: CancelTrainingRunOptions): Promise<RunState> {
  const where = jobsDir === undefined ? {} : { jobsDir };
  return withLaunchLock({ runId, ...where }, async () => {
    const state = await readRunState({ runId, ...where });
    if (state === undefined) {
      throw new TrainingRunError({ runId, reason: "no such run (it was never launched here)" });
    }
    if (state.status === "succeeded" || state.status === "failed" || state.status === "cancelled") {
      return state;
    }
    const remote = state.remote ?? (await findUnrecordedJob({ state, backend }));
    if (remote !== undefined) {
      await backend.cancel(remote);
    }
    const next = transitionRun(state, { to: "cancelled", at: now(), detail: "cancelled by the user" });
    await writeRunState({ state: next, ...where });
    return next;
  });
}
