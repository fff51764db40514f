import { type ChildProcess, spawn } from "node:child_process";
import { timingSafeEqual } from "node:crypto";
import type { AddressInfo } from "node:net";
import { isAbsolute, resolve } from "node:path";
import type { Connection, ParsedKey } from "ssh2";
import ssh2 from "ssh2";
import { serveSftp } from "./serve-sftp.js";

/** Options of {@link startSshStandIn}. */
export interface SshStandInOptions {
  /** The login folder: commands run here and relative SFTP paths start here. */
  rootDir: string;
  /** The one user. @default "trainer" */
  user?: string;
  /** That user's password. @default "stand-in-password" */
  password?: string;
}

/** A running {@link startSshStandIn}. */
export interface SshStandIn {
  host: string;
  port: number;
  user: string;
  password: string;
  /** A private key (OpenSSH text) the server accepts for the user. */
  privateKey: string;
  /** The server's host key, public half (OpenSSH text). */
  hostPublicKey: string;
  /** Every command an exec request asked for, in order. */
  commands: string[];
  /** Stops listening, closes connections and ends the commands still running. */
  close(): Promise<void>;
}

const same = (left: Buffer, right: Buffer) => left.length === right.length && timingSafeEqual(left, right);

/**
 * An SSH server on loopback (`ssh2.Server`) for tests: a generated ed25519 host key, one user logging in by
 * password or public key, exec requests run for real with `sh -c` in `rootDir` (stdin, stdout, stderr and the
 * exit status carried over the channel), and the SFTP operations the SSH backend uses.
 *
 * @example
 * const server = await startSshStandIn({ rootDir: scratch });
 * const backend = createSshBackend({ host: server.host, port: server.port, user: server.user, privateKey: server.privateKey, remoteDir: "runs" });
 */
export async function startSshStandIn({
  rootDir,
  user = "trainer",
  password = "stand-in-password",
}: SshStandInOptions): Promise<SshStandIn> {
  const hostKey = ssh2.utils.generateKeyPairSync("ed25519");
  const clientKey = ssh2.utils.generateKeyPairSync("ed25519");
  const allowed = ssh2.utils.parseKey(clientKey.public) as ParsedKey;
  const commands: string[] = [];
  const children = new Set<ChildProcess>();
  const connections = new Set<Connection>();
  const resolvePath = (path: string) => (isAbsolute(path) ? path : resolve(rootDir, path));
  const environment = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: rootDir, LANG: "C.UTF-8" };

  const server = new ssh2.Server({ hostKeys: [hostKey.private] }, (connection) => {
    connections.add(connection);
    connection.on("close", () => connections.delete(connection));
    connection.on("error", () => connections.delete(connection));
    connection.on("authentication", (context) => {
      if (context.username !== user) {
        return context.reject();
      }
      if (context.method === "password" && context.password === password) {
        return context.accept();
      }
      if (
        context.method === "publickey" &&
        context.key.algo === allowed.type &&
        same(context.key.data, allowed.getPublicSSH())
      ) {
        const { signature, blob } = context;
        if (signature === undefined || blob === undefined) {
          return context.accept();
        }
        return allowed.verify(blob, signature, context.hashAlgo) ? context.accept() : context.reject();
      }
      return context.reject(["password", "publickey"]);
    });
    connection.on("ready", () => {
      connection.on("session", (acceptSession) => {
        const session = acceptSession();
        const env: Record<string, string> = {};
        session.on("env", (accept, _reject, info) => {
          env[info.key] = info.val;
          accept?.();
        });
        session.on("exec", (accept, _reject, info) => {
          const channel = accept();
          commands.push(info.command);
          const child = spawn("sh", ["-c", info.command], {
            cwd: rootDir,
            detached: true,
            env: { ...environment, ...env },
          });
          children.add(child);
          child.stdin.on("error", () => undefined);
          channel.pipe(child.stdin);
          child.stdout.pipe(channel, { end: false });
          child.stderr.pipe(channel.stderr, { end: false });
          child.on("close", (code) => {
            children.delete(child);
            channel.exit(code ?? 1);
            channel.end();
          });
          channel.on("close", () => stopGroup(child));
        });
        session.on("sftp", (accept) => serveSftp(accept(), resolvePath));
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    host: "127.0.0.1",
    port,
    user,
    password,
    privateKey: clientKey.private,
    hostPublicKey: hostKey.public,
    commands,
    async close() {
      for (const child of children) {
        stopGroup(child);
      }
      for (const connection of connections) {
        connection.end();
      }
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function stopGroup(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}
