import type { PollResult, TrainingBackend } from "../backends/training-backend.js";
import { readRunState } from "./read-run-state.js";
import type { RunState } from "./run-state.js";
import { TrainingRunError } from "./training-run-error.js";
import { transitionRun } from "./transition-run.js";
import { writeRunState } from "./write-run-state.js";

/** Options of {@link refreshTrainingRun}. */
export interface RefreshTrainingRunOptions {
  /** The run's id. */
  runId: string;
  /** The folder holding one sub-folder per run. @default "runs/train" */
  jobsDir?: string;
  /** The backend the run was launched on. */
  backend: TrainingBackend;
  /** The clock. @default () => new Date() */
  now?: () => Date;
}

/** What {@link refreshTrainingRun} found. */
export interface RefreshedRun {
  /** The state after the refresh (also written to `state.json`). */
  state: RunState;
  /** What the backend said; absent when the run was never submitted or is already final. */
  poll?: PollResult;
}

/**
 * Asks the backend where a submitted or running run stands and records it: the last heartbeat, and the move to
 * succeeded or failed once the job ended (a process that vanished without `completed.json` is a failure, which
 * the next launch resubmits).
 *
 * @example
 * const { state, poll } = await refreshTrainingRun({ runId, backend });
 */
export async function refreshTrainingRun({
  runId,
  jobsDir,
  backend,
  now = () => new Date(),
}: RefreshTrainingRunOptions): Promise<RefreshedRun> {
  const location = { runId, ...(jobsDir === undefined ? {} : { jobsDir }) };
  const state = await readRunState(location);
  if (state === undefined) {
    throw new TrainingRunError({ runId, reason: "no such run (it was never launched here)" });
  }
  return refreshRunState({ state, backend, now, ...(jobsDir === undefined ? {} : { jobsDir }) });
}

/** {@link refreshTrainingRun} for a state already read. */
export async function refreshRunState({
  state,
  jobsDir,
  backend,
  now = () => new Date(),
}: Omit<RefreshTrainingRunOptions, "runId"> & { state: RunState }): Promise<RefreshedRun> {
  if ((state.status !== "submitted" && state.status !== "running") || state.remote === undefined) {
    return { state };
  }
  const poll = await backend.poll(state.remote);
  let next: RunState = poll.heartbeat === undefined ? state : { ...state, lastHeartbeat: poll.heartbeat };
  if (poll.running && next.status === "submitted") {
    next = transitionRun(next, {
      to: "running",
      at: now(),
      ...(poll.detail === undefined ? {} : { detail: poll.detail }),
    });
  }
  if (!poll.running) {
    next = transitionRun(next, {
      to: poll.outcome ?? "failed",
      at: now(),
      ...(poll.detail === undefined ? {} : { detail: poll.detail }),
    });
  }
  if (next !== state) {
    await writeRunState({ state: next, ...(jobsDir === undefined ? {} : { jobsDir }) });
  }
  return { state: next, poll };
}
