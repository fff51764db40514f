import { mkdir, open, rm } from "node:fs/promises";
import { join } from "node:path";
import { runFolder } from "./run-state-path.js";
import { TrainingRunError } from "./training-run-error.js";

/**
 * Runs `work` holding `<jobsDir>/<runId>/launch.lock` (created exclusively, removed after), so that two launches
 * of one run id at the same moment cannot both submit it. The second fails with a {@link TrainingRunError}.
 */
export async function withLaunchLock<Value>(
  { runId, jobsDir }: { runId: string; jobsDir?: string },
  work: () => Promise<Value>,
): Promise<Value> {
  const folder = runFolder({ runId, ...(jobsDir === undefined ? {} : { jobsDir }) });
  await mkdir(folder, { recursive: true });
  const path = join(folder, "launch.lock");
  try {
    await (await open(path, "wx")).close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new TrainingRunError({
        runId,
        reason: `another launch of this run is in progress (remove ${path} if none is)`,
      });
    }
    throw error;
  }
  try {
    return await work();
  } finally {
    await rm(path, { force: true });
  }
}
