import { join } from "node:path";
import { acquireFileLock } from "@apigen/core";
import { pipelineFiles } from "./read-run-state.js";
import { RunDirectoryError } from "./run-directory-error.js";

const lockFile = pipelineFiles.lock;

/**
 * Takes the run directory for this process, so two processes never append to the same files. A lock left by a
 * process that no longer exists (killed with -9) is taken over. Resolves to the function that releases it.
 */
export async function acquireRunLock(runDir: string): Promise<() => Promise<void>> {
  const lock = await acquireFileLock(join(runDir, lockFile));
  if (!lock.success) {
    const { pid, host } = lock.error.holder;
    throw new RunDirectoryError(
      `${runDir} is being written by another apigen process (pid ${pid} on ${host}); wait for it or stop it first`,
    );
  }
  return lock.value.release;
}
