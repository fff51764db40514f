import type { TrainingBackend } from "../backends/training-backend.js";
import type { StagedJob } from "../stage/staged-job.js";
import { findUnrecordedJob } from "./find-unrecorded-job.js";
import { readRunState } from "./read-run-state.js";
import { refreshRunState } from "./refresh-training-run.js";
import type { RunState } from "./run-state.js";
import { transitionRun } from "./transition-run.js";
import { withLaunchLock } from "./with-launch-lock.js";
import { writeRunState } from "./write-run-state.js";

/** Options of {@link launchTrainingRun} shared by its two forms. */
interface LaunchCommonOptions {
  /** Where to run it. */
  backend: TrainingBackend;
  /** The folder holding one sub-folder per run. @default "runs/train" */
  jobsDir?: string;
  /** The clock. @default () => new Date() */
  now?: () => Date;
}

/**
 * Options of {@link launchTrainingRun}: a job staged already (`job`), or a run id and a `stage` function that lays
 * the job out. `stage` is called under the run's launch lock and only when a submission follows, so the folder of
 * a running job is never re-staged under its feet.
 */
export type LaunchTrainingRunOptions = LaunchCommonOptions &
  ({ job: StagedJob } | { runId: string; stage: () => Promise<StagedJob> });

/** What {@link launchTrainingRun} did. */
export interface LaunchedRun {
  /**
   * `launched` (first submission), `resubmitted` (after a failure, a vanished process or a cancel: the script
   * resumes from its latest checkpoint), `adopted` (a launcher stopped after starting the job but before recording
   * it; the running job was found and recorded), `already-running` or `already-succeeded` (nothing was done).
   */
  action: "launched" | "resubmitted" | "adopted" | "already-running" | "already-succeeded";
  /** The state after the launch, as written to `state.json`. */
  state: RunState;
}

/**
 * Launches a job idempotently by run id, holding the run's launch lock: a run that is running or succeeded is
 * left alone; a run that failed, was cancelled, or whose process vanished is submitted again (attempts + 1) and
 * resumes from its latest checkpoint; a new run goes validated → staged → submitted → running. A run left
 * `submitted` with no job handle (its launcher was killed mid-submission) is adopted if the backend finds its job
 * running, and otherwise marked failed and submitted again. Every move is written to `state.json`.
 *
 * @example
 * const dir = runJobDir({ runId: spec.runId });
 * const { action } = await launchTrainingRun({ runId: spec.runId, stage: () => stageTrainJob({ spec, dir }), backend });
 */
export async function launchTrainingRun(options: LaunchTrainingRunOptions): Promise<LaunchedRun> {
  const target =
    "stage" in options
      ? { runId: options.runId, stage: options.stage }
      : { runId: options.job.runId, stage: async () => options.job };
  const { jobsDir } = options;
  const where = jobsDir === undefined ? {} : { jobsDir };
  return withLaunchLock({ runId: target.runId, ...where }, () => launch({ ...options, ...target, where }));
}

async function launch({
  runId,
  stage,
  backend,
  where,
  now = () => new Date(),
}: LaunchCommonOptions & {
  runId: string;
  stage: () => Promise<StagedJob>;
  where: { jobsDir?: string };
}): Promise<LaunchedRun> {
  let state = await readRunState({ runId, ...where });
  if (state?.status === "submitted" && state.remote === undefined) {
    const found = await findUnrecordedJob({ state, backend });
    if (found !== undefined) {
      const detail = "adopted: the job was running, its launcher had stopped before recording it";
      state = transitionRun({ ...state, remote: found }, { to: "running", at: now(), detail });
      await writeRunState({ state, ...where });
      return { action: "adopted", state };
    }
    const detail = "the launcher stopped before the job was handed over";
    state = transitionRun(state, { to: "failed", at: now(), detail });
    await writeRunState({ state, ...where });
  }
  if (state !== undefined) {
    state = (await refreshRunState({ state, backend, now, ...where })).state;
    if (state.status === "running" || state.status === "submitted") {
      return { action: "already-running", state };
    }
    if (state.status === "succeeded") {
      return { action: "already-succeeded", state };
    }
  }
  const job = await stage();
  const isNew = state === undefined || state.attempts === 0;
  if (state === undefined) {
    state = {
      runId,
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
  const { remote: _previous, ...rest } = state;
  state = transitionRun(
    { ...rest, backend: backend.kind, attempts, jobDir: job.dir },
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
