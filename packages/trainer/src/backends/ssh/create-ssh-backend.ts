import { mkdir } from "node:fs/promises";
import { join, posix } from "node:path";
import { redactSecrets } from "@apigen/core";
import type { ConnectConfig } from "ssh2";
import type { RemoteHandle, SshHandle } from "../../state/remote-handle.js";
import { jobFiles, partFile } from "../job-files.js";
import { readJobSecrets } from "../read-job-secrets.js";
import type { TrainingBackend } from "../training-backend.js";
import { TrainingBackendError } from "../training-backend-error.js";
import { followRemoteLog } from "./follow-remote-log.js";
import { remoteCancelScript, remoteLaunchScript, remoteRunningGuard } from "./remote-scripts.js";
import { pollRemote, runRemote } from "./run-remote.js";
import { downloadPath, uploadDirectory } from "./sftp-transfer.js";
import { shellQuote } from "./shell-quote.js";
import type { SshBackendOptions } from "./ssh-backend-options.js";
import { connectSsh, openSftp, type SshClient } from "./ssh-session.js";

/**
 * A backend that runs jobs on a GPU host over SSH (`ssh2`): the job folder is copied by SFTP into
 * `<remoteDir>/<runId>` (checkpoints already there stay, so a resubmitted job resumes), then started with
 * `setsid nohup`, pid in `pid`, output in `train.log`, exit status in `exit_code`. Secrets travel on the exec
 * channel's stdin and are exported in memory: never in a command line, a remote file or a log. Poll runs
 * `kill -0` and reads the heartbeat's last line; logs run `tail -F`; cancel signals the process group.
 *
 * @example
 * const backend = createSshBackend({ host: "gpu-1", user: "me", remoteDir: "apigen-runs", privateKey });
 */
export function createSshBackend({
  host,
  port = 22,
  user,
  remoteDir,
  privateKey,
  password,
  agent,
  hostVerifier,
  env = process.env,
  killGraceSeconds = 10,
  pollIntervalMs = 1000,
  readyTimeoutMs = 20_000,
}: SshBackendOptions): TrainingBackend {
  const config: ConnectConfig = {
    host,
    port,
    username: user,
    readyTimeout: readyTimeoutMs,
    ...(privateKey === undefined ? {} : { privateKey }),
    ...(password === undefined ? {} : { password }),
    ...(agent === undefined ? {} : { agent }),
    ...(hostVerifier === undefined ? {} : { hostVerifier }),
  };
  const connect = async (): Promise<SshClient> => {
    try {
      return await connectSsh(config);
    } catch (error) {
      const message = (error as Error).message;
      const denied = /host denied/i.test(message);
      throw new TrainingBackendError({
        backend: "ssh",
        reason: denied
          ? `refusing ${host}:${port}: it presented a host key that is not the one known for it (known_hosts or ` +
            "backend.hostKey). If the host was reinstalled, check its new key and update the entry; otherwise " +
            "someone may be between you and it"
          : `cannot connect to ${user}@${host}:${port}: ${message}`,
        isRetryable: !denied,
        cause: error,
      });
    }
  };
  const withClient = async <Value>(secrets: string[], work: (client: SshClient) => Promise<Value>) => {
    const client = await connect();
    try {
      return await work(client);
    } catch (error) {
      if (TrainingBackendError.isInstance(error)) {
        throw error;
      }
      throw new TrainingBackendError({
        backend: "ssh",
        reason: redactSecrets((error as Error).message, secrets),
      });
    } finally {
      client.end();
    }
  };
  // Relative paths start at the login folder for both exec and SFTP; neither expands "~".
  const remoteJobDir = (runId: string) => posix.join(remoteDir.replace(/^~\//, ""), runId);
  return {
    kind: "ssh",
    async findRunning({ runId }) {
      const dir = remoteJobDir(runId);
      const { running } = await withClient([], (client) => pollRemote(client, dir));
      return running ? { kind: "ssh", host, port, user, dir } : undefined;
    },
    async launch(job) {
      const values = Object.values(readJobSecrets({ backend: "ssh", job, env }));
      if (values.some((value) => value.includes("\n"))) {
        throw new TypeError("A secret sent over SSH cannot hold a line break");
      }
      const dir = remoteJobDir(job.runId);
      return withClient(values, async (client) => {
        await runRemote(
          client,
          `mkdir -p ${shellQuote(dir)} && cd ${shellQuote(dir)} && ${remoteRunningGuard({ dir })}`,
          "start",
        );
        const sftp = await openSftp(client);
        try {
          await uploadDirectory(sftp, job.dir, dir);
        } finally {
          sftp.end();
        }
        const stdin = values.map((value) => `${value}\n`).join("");
        const script = remoteLaunchScript({ dir, command: job.command, secretEnv: job.secretEnv });
        const pid = Number((await runRemote(client, script, "start", stdin, values)).trim());
        return {
          kind: "ssh",
          host,
          port,
          user,
          dir,
          ...(Number.isSafeInteger(pid) && pid > 0 ? { pid } : {}),
        };
      });
    },
    poll: (handle) => withClient([], (client) => pollRemote(client, asSsh(handle).dir)),
    async *logs(handle, { follow = false, signal } = {}) {
      const { dir } = asSsh(handle);
      const client = await connect();
      try {
        if (!follow) {
          const text = await runRemote(
            client,
            `cd ${shellQuote(dir)} && cat ${jobFiles.log} 2>/dev/null || true`,
            "logs",
          );
          const lines = text.split("\n");
          if (lines.at(-1) === "") {
            lines.pop();
          }
          yield* lines;
          return;
        }
        yield* followRemoteLog({
          client,
          dir,
          pollIntervalMs,
          isRunning: async () => (await pollRemote(client, asSsh(handle).dir)).running,
          ...(signal === undefined ? {} : { signal }),
        });
      } finally {
        client.end();
      }
    },
    cancel: (handle) =>
      withClient([], async (client) => {
        await runRemote(
          client,
          remoteCancelScript({ dir: asSsh(handle).dir, graceSeconds: killGraceSeconds }),
          "cancel",
        );
      }),
    fetch: (handle, { into, what = ["output", "logs"] }) =>
      withClient([], async (client) => {
        await mkdir(into, { recursive: true });
        const sftp = await openSftp(client);
        try {
          const written: string[] = [];
          for (const part of what) {
            const name = partFile(part);
            written.push(
              ...(await downloadPath(sftp, posix.join(asSsh(handle).dir, name), join(into, name))),
            );
          }
          return written;
        } finally {
          sftp.end();
        }
      }),
  };
}

function asSsh(handle: RemoteHandle): SshHandle {
  if (handle.kind !== "ssh") {
    throw new TypeError(`The SSH backend cannot follow a ${handle.kind} run`);
  }
  return handle;
}
