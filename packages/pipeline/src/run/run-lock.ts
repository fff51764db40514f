import { open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { RunDirectoryError } from "./run-directory-error.js";

const lockFile = "run.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the run directory for this process, so two processes never append to the same files. A lock left by a
 * process that no longer exists (killed with -9) is taken over. Resolves to the function that releases it.
 */
export async function acquireRunLock(runDir: string): Promise<() => Promise<void>> {
  const path = join(runDir, lockFile);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw error;
      }
      const pid = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
        throw new RunDirectoryError(
          `${runDir} is being written by another apigen process (pid ${pid}); wait for it or stop it first`,
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new RunDirectoryError(`could not lock ${runDir}: ${path} keeps reappearing`);
}
