import type { ConnectConfig, SFTPWrapper } from "ssh2";
import ssh2 from "ssh2";

/** An open SSH connection. */
export type SshClient = InstanceType<typeof ssh2.Client>;

/** What a remote command printed and how it ended. */
export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Opens an SSH connection; rejects with the client's error. */
export function connectSsh(config: ConnectConfig): Promise<SshClient> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client.once("ready", () => resolve(client));
    client.once("error", reject);
    client.connect(config);
  });
}

/**
 * Runs a command over an open connection, writing `stdin` (then closing it), and collects its output. With
 * `onStdout` output is handed over as it comes instead of collected; `signal` closes the channel.
 */
export function execSsh(
  client: SshClient,
  command: string,
  {
    stdin = "",
    onStdout,
    signal,
  }: { stdin?: string; onStdout?: (chunk: Buffer) => void; signal?: AbortSignal } = {},
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    client.exec(command, (error, channel) => {
      if (error) {
        reject(error);
        return;
      }
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let code = -1;
      const abort = () => channel.close();
      signal?.addEventListener("abort", abort, { once: true });
      channel.on("data", (chunk: Buffer) => (onStdout === undefined ? out.push(chunk) : onStdout(chunk)));
      channel.stderr.on("data", (chunk: Buffer) => err.push(chunk));
      channel.on("exit", (exitCode: number | null) => {
        code = exitCode ?? -1;
      });
      channel.on("close", () => {
        signal?.removeEventListener("abort", abort);
        resolve({
          code,
          stdout: Buffer.concat(out).toString("utf8"),
          stderr: Buffer.concat(err).toString("utf8"),
        });
      });
      channel.end(stdin);
    });
  });
}

/** Opens the SFTP subsystem on a connection. */
export function openSftp(client: SshClient): Promise<SFTPWrapper> {
  return new Promise((resolve, reject) => {
    client.sftp((error, sftp) => (error ? reject(error) : resolve(sftp)));
  });
}
