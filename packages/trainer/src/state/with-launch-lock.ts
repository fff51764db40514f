import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { acquireFileLock, readLiveLockHolder } from "@apigen/core";
import { type RunLocationOptions, runFolder } from "./run-state-path.js";
import { TrainingRunError } from "./training-run-error.js";

/** `<jobsDir>/<runId>/launch.lock`: held while a launch or a cancel of the run is under way. */
export function launchLockPath(location: RunLocationOptions): string {
  return join(runFolder(location), "launch.lock");
}

/**
 * Runs `work` holding the run's {@link launchLockPath}, so that two launches (or a launch and a cancel) of one run
 * id at the same moment cannot both act on it. The second fails with a {@link TrainingRunError} naming the holder;
 * a lock left by a launcher that was killed is taken over.
 */
export async function withLaunchLock<Value>(
  location: RunLocationOptions,
  work: () => Promise<Value>,
): Promise<Value> {
  await mkdir(runFolder(location), { recursive: true });
  const lock = await acquireFileLock(launchLockPath(location));
  if (!lock.success) {
    const { pid, host, since } = lock.error.holder;
    throw new TrainingRunError({
      runId: location.runId,
      reason: `another launch or cancel of this run is in progress (pid ${pid} on ${host}, since ${since}); wait for it`,
    });
  }
  try {
    return await work();
  } finally {
    await lock.value.release();
  }
}

/** True while a live process holds the run's launch lock (a launch is under way right now). */
export async function isLaunchInProgress(location: RunLocationOptions): Promise<boolean> {
  return (await readLiveLockHolder(launchLockPath(location))) !== undefined;
}
