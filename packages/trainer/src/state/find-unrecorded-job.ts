import type { TrainingBackend } from "../backends/training-backend.js";
import type { RemoteHandle } from "./remote-handle.js";
import type { RunState } from "./run-state.js";

/**
 * The handle of a run's job that runs although `state.json` records none (its launcher was killed between starting
 * it and writing the handle), asked of the backend with the job folder of the latest submission; undefined when
 * there is none, or the state names no folder.
 */
export async function findUnrecordedJob({
  state,
  backend,
}: {
  state: RunState;
  backend: TrainingBackend;
}): Promise<RemoteHandle | undefined> {
  return state.jobDir === undefined
    ? undefined
    : backend.findRunning({ runId: state.runId, dir: state.jobDir });
}
