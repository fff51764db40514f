import type { JsonObject } from "@apigen/core";
import type { StagedJob } from "../stage/staged-job.js";
import type { HeartbeatLine } from "../state/heartbeat-line.js";
import type { RemoteHandle } from "../state/remote-handle.js";
import type { BackendKind, RunState } from "../state/run-state.js";

/** How a finished job ended. */
export type JobOutcome = "succeeded" | "failed" | "cancelled";

/** What {@link TrainingBackend.poll} saw. */
export interface PollResult {
  /** True while the job's process (or remote job) is alive. */
  running: boolean;
  /** Set once a finished job's outcome is known. */
  outcome?: JobOutcome;
  /** The job's exit status, where the backend knows it. */
  exitCode?: number;
  /** The last heartbeat line the script wrote. */
  heartbeat?: HeartbeatLine;
  /** The content of `completed.json`, once the script wrote it. */
  completed?: JsonObject;
  /** The backend's own word for the state, e.g. Hugging Face Jobs' `RUNNING`. */
  detail?: string;
}

/** The artifacts {@link TrainingBackend.fetch} can copy back. */
export type FetchPart = "output" | "checkpoints" | "logs";

/** Options of {@link TrainingBackend.logs}. */
export interface LogsOptions {
  /** Keep reading until the job ends. @default false */
  follow?: boolean;
  /** Stops reading. */
  signal?: AbortSignal;
}

/** Options of {@link TrainingBackend.fetch}. */
export interface FetchOptions {
  /** Local folder to copy into. */
  into: string;
  /** What to copy. @default ["output", "logs"] */
  what?: FetchPart[];
}

/**
 * Where a training job runs: a local GPU, an SSH host, Hugging Face Jobs. Each backend starts a staged job
 * detached from the launcher, so the launcher may exit and a later command finds the job by its handle.
 */
export interface TrainingBackend {
  readonly kind: BackendKind;
  /** Copies the job to the target and starts it detached; resolves to the handle to find it again. */
  launch(job: StagedJob, state: RunState): Promise<RemoteHandle>;
  /**
   * The handle of a job of this run that is running although no `state.json` records it (its launcher was killed
   * between starting it and writing the handle), or undefined. `dir` is the local staged job folder.
   */
  findRunning(run: { runId: string; dir: string }): Promise<RemoteHandle | undefined>;
  /** Whether the job still runs, how it ended, its last heartbeat. */
  poll(handle: RemoteHandle): Promise<PollResult>;
  /** The job's log lines (stdout and stderr together), from the start. */
  logs(handle: RemoteHandle, options?: LogsOptions): AsyncIterable<string>;
  /** Stops the job and everything it started. */
  cancel(handle: RemoteHandle): Promise<void>;
  /** Copies artifacts into a local folder; resolves to the local paths written. */
  fetch(handle: RemoteHandle, options: FetchOptions): Promise<string[]>;
}
