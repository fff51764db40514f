import { spawn } from "node:child_process";
import { cp, mkdir, readlink, realpath, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { isProcessAlive, isProcessGroupAlive } from "@apigen/core";
import type { LocalHandle, RemoteHandle } from "../../state/remote-handle.js";
import { followLines } from "../follow-lines.js";
import { jobFiles, partFile } from "../job-files.js";
import { readJobOutcome } from "../read-job-outcome.js";
import { readJobSecrets } from "../read-job-secrets.js";
import type { TrainingBackend } from "../training-backend.js";
import { TrainingBackendError } from "../training-backend-error.js";
import { filterEnvironment } from "./filter-environment.js";
import { exists, optionalText, readBytesFrom } from "./read-job-file.js";

/** Options of {@link createLocalBackend}. */
export interface LocalBackendOptions {
  /** The environment jobs inherit (filtered) and take their secrets from. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
  /** Time between SIGTERM to the job's process group and SIGKILL. @default 10000 */
  killGraceMs?: number;
  /** Pause between reads when following a log. @default 200 */
  pollIntervalMs?: number;
}

/**
 * The wrapper a job runs in: its own pid (the group's) to `pid` before anything else, so a job whose launcher died
 * at once can still be found; output to `train.log` (appended across attempts); exit status to `exit_code`.
 */
const wrapper = `echo $$ > ${jobFiles.pid}; "$@" >> ${jobFiles.log} 2>&1; echo $? > ${jobFiles.exitCode}`;

/**
 * A backend that runs jobs on this machine: each job is a detached process group in its own session (so the
 * launcher may exit), working in the job folder, with stdout and stderr in `train.log` and its pid in `pid`.
 * The job gets this process's environment less credentials, plus the secrets it names, which are never written
 * anywhere. Cancel sends SIGTERM to the whole group, then SIGKILL after a grace period.
 *
 * @example
 * const { state } = await launchTrainingRun({ job, backend: createLocalBackend() });
 */
export function createLocalBackend({
  env = process.env,
  killGraceMs = 10_000,
  pollIntervalMs = 200,
}: LocalBackendOptions = {}): TrainingBackend {
  const poll = async (handle: RemoteHandle) => {
    const { dir, pid } = asLocal(handle);
    return readJobOutcome({
      alive: isProcessAlive(pid),
      ...(await optionalText(join(dir, jobFiles.exitCode), "exitCodeText")),
      ...(await optionalText(join(dir, jobFiles.heartbeat), "heartbeatText")),
      ...(await optionalText(join(dir, jobFiles.completed), "completedText")),
    });
  };
  const findRunning = async ({ dir }: { dir: string }): Promise<LocalHandle | undefined> => {
    const pid = Number.parseInt((await optionalText(join(dir, jobFiles.pid), "text")).text ?? "", 10);
    return Number.isSafeInteger(pid) && pid > 0 && isProcessGroupAlive(pid) && (await worksIn(pid, dir))
      ? { kind: "local", dir, pid }
      : undefined;
  };
  return {
    kind: "local",
    async launch(job) {
      readJobSecrets({ backend: "local", job, env });
      const running = await findRunning(job);
      if (running !== undefined) {
        throw new TrainingBackendError({
          backend: "local",
          reason: `a job is already running in ${job.dir} (pid ${running.pid}): follow it, or cancel it first`,
        });
      }
      const [program, ...args] = job.command;
      if (program === undefined) {
        throw new TypeError("The staged job has an empty command");
      }
      await rm(join(job.dir, jobFiles.exitCode), { force: true });
      const child = spawn("sh", ["-c", wrapper, "apigen-train", program, ...args], {
        cwd: job.dir,
        detached: true,
        stdio: "ignore",
        env: filterEnvironment({ env, secretEnv: job.secretEnv }),
      });
      const pid = await new Promise<number>((resolve, reject) => {
        child.once("error", (error) =>
          reject(new TrainingBackendError({ backend: "local", reason: `cannot start sh: ${error.message}` })),
        );
        child.once("spawn", () => resolve(child.pid ?? 0));
      });
      child.unref();
      // The wrapper writes the same number as it starts; writing it here too means it is there when launch returns.
      await writeFile(join(job.dir, jobFiles.pid), `${pid}\n`);
      return { kind: "local", dir: job.dir, pid };
    },
    findRunning,
    poll,
    logs(handle, { follow = false, signal } = {}) {
      const { dir } = asLocal(handle);
      return followLines({
        readFrom: (offset) => readBytesFrom(join(dir, jobFiles.log), offset),
        follow,
        isDone: async () => !(await poll(handle)).running,
        intervalMs: pollIntervalMs,
        ...(signal === undefined ? {} : { signal }),
      });
    },
    async cancel(handle) {
      const { pid } = asLocal(handle);
      signalGroup(pid, "SIGTERM");
      const deadline = Date.now() + killGraceMs;
      while (isProcessGroupAlive(pid) && Date.now() < deadline) {
        await sleep(50);
      }
      if (isProcessGroupAlive(pid)) {
        signalGroup(pid, "SIGKILL");
        while (isProcessGroupAlive(pid)) {
          await sleep(20);
        }
      }
    },
    async fetch(handle, { into, what = ["output", "logs"] }) {
      const { dir } = asLocal(handle);
      await mkdir(into, { recursive: true });
      const written: string[] = [];
      for (const part of what) {
        const name = partFile(part);
        const from = join(dir, name);
        if (await exists(from)) {
          await cp(from, join(into, name), { recursive: true });
          written.push(join(into, name));
        }
      }
      return written;
    },
  };
}

/** True when process `pid` works in `dir` (so a pid file's number was not reused by another program). */
async function worksIn(pid: number, dir: string): Promise<boolean> {
  try {
    return (await readlink(`/proc/${pid}/cwd`)) === (await realpath(dir));
  } catch {
    return false;
  }
}

function asLocal(handle: RemoteHandle): LocalHandle {
  if (handle.kind !== "local") {
    throw new TypeError(`The local backend cannot follow a ${handle.kind} run`);
  }
  return handle;
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") {
      throw error;
    }
  }
}
