import { join } from "node:path";
import {
  createTrainingBackend,
  loadTrainJobSpec,
  type RunState,
  readRunState,
  runJobDir,
  type TrainingBackend,
  TrainingRunError,
  trainJobFiles,
} from "@apigen/trainer";

/** A launched run, ready to be followed: its state and the backend it runs on. */
export interface OpenTrainingRun {
  state: RunState;
  backend: TrainingBackend;
}

/**
 * Finds a launched run in the jobs folder: its `state.json`, and the backend its staged spec (`job/job.json`)
 * names, with credentials from the environment.
 */
export async function openTrainingRun({
  runId,
  jobsDir,
}: {
  runId: string;
  jobsDir: string;
}): Promise<OpenTrainingRun> {
  const state = await readRunState({ runId, jobsDir });
  if (state === undefined) {
    throw new TrainingRunError({
      runId,
      reason: `no such run in ${jobsDir} (launch it with apigen train launch SPEC, or pass --jobs-dir)`,
    });
  }
  const spec = await loadTrainJobSpec(join(runJobDir({ runId, jobsDir }), trainJobFiles.config));
  const backend = await createTrainingBackend({ backend: spec.backend, secrets: spec.secrets });
  return { state, backend };
}
