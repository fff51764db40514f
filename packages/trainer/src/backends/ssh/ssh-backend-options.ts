import type { ConnectConfig } from "ssh2";

/** Options of `createSshBackend`. */
export interface SshBackendOptions {
  /** The GPU host. */
  host: string;
  /** @default 22 */
  port?: number;
  /** The user to log in as. */
  user: string;
  /** Folder on the host under which each run gets `<runId>/`; relative paths and `~/` start at the login folder. */
  remoteDir: string;
  /** Private key (OpenSSH or PEM text) to log in with. */
  privateKey?: ConnectConfig["privateKey"];
  /** Password to log in with. */
  password?: ConnectConfig["password"];
  /** SSH agent socket, e.g. `process.env.SSH_AUTH_SOCK`. */
  agent?: ConnectConfig["agent"];
  /** Checks the host's key; without it any host key is accepted. */
  hostVerifier?: ConnectConfig["hostVerifier"];
  /** Where the secrets a job names are read from. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
  /** Time between SIGTERM to the job's process group and SIGKILL. @default 10 */
  killGraceSeconds?: number;
  /** Pause between liveness checks while following logs. @default 1000 */
  pollIntervalMs?: number;
  /** How long to wait for the SSH handshake. @default 20000 */
  readyTimeoutMs?: number;
}
