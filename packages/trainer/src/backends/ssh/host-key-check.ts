import { createHash, createHmac } from "node:crypto";
import { readFile } from "node:fs/promises";
import { TrainingBackendError } from "../training-backend-error.js";

/** A host key check for `ssh2`'s `hostVerifier`: true when the key the server presents is one we trust. */
export type HostKeyCheck = (key: Buffer) => boolean;

/** `SHA256:...` as `ssh-keygen -lf` prints it: base64 of the SHA-256 of the key blob, without padding. */
export function hostKeyFingerprint(key: Buffer): string {
  return `SHA256:${createHash("sha256").update(key).digest("base64").replace(/=+$/, "")}`;
}

/** The name known_hosts files use for a host: `host` on port 22, `[host]:port` otherwise. */
function knownHostName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

/** Whether one comma-separated host field of a known_hosts line names `name` (plain or `|1|salt|hash`). */
function fieldNames(field: string, name: string): boolean {
  return field.split(",").some((pattern) => {
    const hashed = /^\|1\|([^|]+)\|(.+)$/.exec(pattern);
    if (hashed === null) {
      return pattern === name;
    }
    const [, salt = "", hash = ""] = hashed;
    return createHmac("sha1", Buffer.from(salt, "base64")).update(name).digest("base64") === hash;
  });
}

/**
 * The host keys a known_hosts file lists for `host` and `port` (plain or hashed names; wildcard patterns and
 * `@cert-authority` lines are not used, `@revoked` keys are left out). A missing file lists none.
 */
export async function readKnownHostKeys({
  file,
  host,
  port,
}: {
  file: string;
  host: string;
  port: number;
}): Promise<Buffer[]> {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") {
      return "";
    }
    throw error;
  });
  const name = knownHostName(host, port);
  const keys: Buffer[] = [];
  for (const line of text.split("\n")) {
    const fields = line.trim().split(/\s+/);
    if (
      fields[0] === undefined ||
      fields[0] === "" ||
      fields[0].startsWith("#") ||
      fields[0].startsWith("@")
    ) {
      continue;
    }
    const [hosts = "", , blob] = fields;
    if (blob !== undefined && fieldNames(hosts, name)) {
      keys.push(Buffer.from(blob, "base64"));
    }
  }
  return keys;
}

/**
 * The host key check of an SSH backend: the key pinned in the spec (`ssh-ed25519 AAAA...` or a `SHA256:...`
 * fingerprint), else the keys `knownHostsFile` lists for the host. A host with no known key is refused before any
 * connection, with the commands that add it; a key that differs from the known one fails the connection.
 */
export async function createHostKeyCheck({
  host,
  port,
  hostKey,
  knownHostsFile,
}: {
  host: string;
  port: number;
  hostKey?: string | undefined;
  knownHostsFile: string;
}): Promise<HostKeyCheck> {
  if (hostKey !== undefined) {
    const pinned = hostKey.trim();
    if (pinned.startsWith("SHA256:")) {
      return (key) => hostKeyFingerprint(key) === pinned;
    }
    const blob = Buffer.from(pinned.split(/\s+/)[1] ?? "", "base64");
    return (key) => key.equals(blob);
  }
  const known = await readKnownHostKeys({ file: knownHostsFile, host, port });
  if (known.length === 0) {
    const name = knownHostName(host, port);
    throw new TrainingBackendError({
      backend: "ssh",
      reason:
        `the host key of ${name} is not in ${knownHostsFile}: check it out of band, then add it ` +
        `(ssh-keyscan -p ${port} ${host} >> ${knownHostsFile}) or pin it as backend.hostKey in the spec`,
    });
  }
  return (key) => known.some((candidate) => candidate.equals(key));
}
