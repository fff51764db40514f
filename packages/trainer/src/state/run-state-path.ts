import { join } from "node:path";

/** The default folder holding one sub-folder per training run. */
export const defaultJobsDir = "runs/train";

/** Options of {@link runStatePath} and {@link runFolder}. */
export interface RunLocationOptions {
  /** The folder holding one sub-folder per run. @default "runs/train" */
  jobsDir?: string;
  /** The run's id. */
  runId: string;
}

/** The folder of one run: `<jobsDir>/<runId>`. */
export function runFolder({ jobsDir = defaultJobsDir, runId }: RunLocationOptions): string {
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/i.test(runId)) {
    throw new TypeError(`Not a run id: '${runId}' (letters, digits, '.', '_' and '-', at most 64)`);
  }
  return join(jobsDir, runId);
}

/** The state file of one run: `<jobsDir>/<runId>/state.json`. */
export function runStatePath(options: RunLocationOptions): string {
  return join(runFolder(options), "state.json");
}

/** The staged job folder of one run: `<jobsDir>/<runId>/job` (the working folder of a local run). */
export function runJobDir(options: RunLocationOptions): string {
  return join(runFolder(options), "job");
}
