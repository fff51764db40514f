import { createHmac, randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ssh2 from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHostKeyCheck, hostKeyFingerprint, readKnownHostKeys } from "./host-key-check.js";

const blobOf = (publicKey: string) => Buffer.from(publicKey.split(" ")[1] ?? "", "base64");
const key = ssh2.utils.generateKeyPairSync("ed25519").public;
const other = ssh2.utils.generateKeyPairSync("ed25519").public;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "apigen-known-hosts-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("SSH host key checks", () => {
  it("reads plain and hashed known_hosts entries for a host and port, skipping comments and revoked keys", async () => {
    const salt = randomBytes(20);
    const hash = createHmac("sha1", salt).update("gpu-2").digest("base64");
    const file = join(dir, "known_hosts");
    await writeFile(
      file,
      [
        "# a comment",
        `[127.0.0.1]:2222 ${key}`,
        `gpu-1,10.0.0.5 ${other}`,
        `|1|${salt.toString("base64")}|${hash} ${key}`,
        `@revoked [127.0.0.1]:2222 ${other}`,
        "",
      ].join("\n"),
    );
    expect(await readKnownHostKeys({ file, host: "127.0.0.1", port: 2222 })).toEqual([blobOf(key)]);
    expect(await readKnownHostKeys({ file, host: "127.0.0.1", port: 22 })).toEqual([]);
    expect(await readKnownHostKeys({ file, host: "10.0.0.5", port: 22 })).toEqual([blobOf(other)]);
    expect(await readKnownHostKeys({ file, host: "gpu-2", port: 22 })).toEqual([blobOf(key)]);
    expect(await readKnownHostKeys({ file: join(dir, "missing"), host: "gpu-1", port: 22 })).toEqual([]);
  });

  it("trusts a pinned key or fingerprint, else the known keys, and refuses an unknown host with what to do", async () => {
    const byKey = await createHostKeyCheck({ host: "h", port: 22, hostKey: key, knownHostsFile: "/nowhere" });
    expect(byKey(blobOf(key))).toBe(true);
    expect(byKey(blobOf(other))).toBe(false);
    const fingerprint = hostKeyFingerprint(blobOf(key));
    expect(fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    const byPrint = await createHostKeyCheck({
      host: "h",
      port: 22,
      hostKey: fingerprint,
      knownHostsFile: "/x",
    });
    expect(byPrint(blobOf(key))).toBe(true);
    expect(byPrint(blobOf(other))).toBe(false);

    const file = join(dir, "known_hosts_2");
    await writeFile(file, `gpu-1 ${key}\n`);
    const known = await createHostKeyCheck({ host: "gpu-1", port: 22, knownHostsFile: file });
    expect(known(blobOf(key))).toBe(true);
    expect(known(blobOf(other))).toBe(false);
    await expect(createHostKeyCheck({ host: "gpu-9", port: 2200, knownHostsFile: file })).rejects.toThrow(
      /\[gpu-9\]:2200 is not in .*ssh-keyscan -p 2200 gpu-9/,
    );
  });
});
