import type { TrainingBackend } from "../backends/training-backend.js";
import type { StagedJob } from "../stage/staged-job.js";
import { readRunState } from "./read-run-state.js";
import { refreshRunState } from "./refresh-training-run.js";
import type { RunState } from "./run-state.js";
import { transitionRun } from "./transition-run.js";
import { withLaunchLock } from "./with-launch-lock.js";
import { writeRunState } from "./write-run-state.js";

/** Options of {@link launchTrainingRun}. */
export interface LaunchTrainingRunOptions {
  /** The staged job; its `runId` is the idempotency key. */
  job: StagedJob;
  /** Where to run it. */
  backend: TrainingBackend;
  /** The folder holding one sub-folder per run. @default "runs/train" */
  jobsDir?: string;
  /** The clock. @default () => new Date() */
  now?: () => Date;
}

/** What {@link launchTrainingRun} did. */
export interface LaunchedRun {
  /**
   * `launched` (first submission), `resubmitted` (after a failure, a vanished process or a cancel: the script
   * resumes from its latest checkpoint), `already-running` or `already-succeeded` (nothing was done).
   */
  action: "launched" | "resubmitted" | "already-running" | "already-succeeded";
  /** The state after the launch, as written to `state.json`. */
  state: RunState;
}

/**
 * Launches a staged job idempotently by run id: a run that is running or succeeded is left alone; a run that
 * failed, was cancelled, or whose process vanished is submitted again (attempts + 1) and resumes from its latest
 * checkpoint; a new run goes validated → staged → submitted → running. Every move is written to `state.json`.
 *
 * @example
 * const { action, state } = await launchTrainingRun({ job, backend: createLocalBackend() });
 */
export async function launchTrainingRun(options: LaunchTrainingRunOptions): Promise<LaunchedRun> {
  const { job, jobsDir } = options;
  return withLaunchLock({ runId: job.runId, ...(jobsDir === undefined ? {} : { jobsDir }) }, () =>
    launch(options),
  );
}

async function launch({
  job,
  backend,
  jobsDir,
  now = () => new Date(),
}: LaunchTrainingRunOptions): Promise<LaunchedRun> {
  const where = jobsDir === undefined ? {} : { jobsDir };
  let state = await readRunState({ runId: job.runId, ...where });
  if (state !== undefined) {
    state = (await refreshRunState({ state, backend, now, ...where })).state;
    if (state.status === "running" || state.status === "submitted") {
      return { action: "already-running", state };
    }
    if (state.status === "succeeded") {
      return { action: "already-succeeded", state };
    }
  }
  const isNew = state === undefined || state.attempts === 0;
  if (state === undefined) {
    state = {
      runId: job.runId,
      backend: backend.kind,
      status: "validated",
      history: [{ status: "validated", at: now().toISOString() }],
      attempts: 0,
    };
  }
  if (state.status === "validated") {
    state = transitionRun(state, { to: "staged", at: now(), detail: job.dir });
  }
  const attempts = state.attempts + 1;
  state = transitionRun(
    { ...state, backend: backend.kind, attempts },
    {
      to: "submitted",
      at: now(),
      detail: isNew ? `attempt ${attempts}` : `resubmitted (attempt ${attempts})`,
    },
  );
  await writeRunState({ state, ...where });
  try {
    const remote = await backend.launch(job, state);
    state = transitionRun({ ...state, remote }, { to: "running", at: now() });
  } catch (error) {
    state = transitionRun(state, { to: "failed", at: now(), detail: `launch failed: ${errorText(error)}` });
    await writeRunState({ state, ...where });
    throw error;
  }
  await writeRunState({ state, ...where });
  return { action: isNew ? "launched" : "resubmitted", state };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
