import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ssh2 from "ssh2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SshStandIn, startSshStandIn } from "../testing/start-ssh-stand-in.js";
import { createTrainingBackend } from "./create-training-backend.js";
import { TrainingBackendError } from "./training-backend-error.js";

let scratch: string;
let server: SshStandIn;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "apigen-backend-"));
  await mkdir(join(scratch, "home"));
  server = await startSshStandIn({ rootDir: join(scratch, "home") });
});
afterAll(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe("createTrainingBackend", () => {
  it("builds an SSH backend that logs in with the spec's identity file", async () => {
    const identityFile = join(scratch, "id_ed25519");
    await writeFile(identityFile, server.privateKey, { mode: 0o600 });
    const backend = await createTrainingBackend({
      backend: {
        kind: "ssh",
        host: server.host,
        port: server.port,
        user: server.user,
        identityFile,
        remoteDir: "runs",
        hostKey: server.hostPublicKey,
      },
      env: {},
    });
    expect(backend.kind).toBe("ssh");
    const poll = await backend.poll({
      kind: "ssh",
      host: server.host,
      port: server.port,
      user: server.user,
      dir: ".",
    });
    expect(poll).toMatchObject({
      running: false,
      outcome: "failed",
      detail: "process gone without an exit code",
    });
  }, 30_000);

  it("checks the host key: known_hosts entries work, an unknown host is refused, a different key fails", async () => {
    const identityFile = join(scratch, "id_ed25519");
    await writeFile(identityFile, server.privateKey, { mode: 0o600 });
    const home = join(scratch, "user-home");
    await mkdir(join(home, ".ssh"), { recursive: true });
    const ssh = {
      kind: "ssh",
      host: server.host,
      port: server.port,
      user: server.user,
      identityFile,
      remoteDir: "runs",
    } as const;
    const handle = {
      kind: "ssh",
      host: server.host,
      port: server.port,
      user: server.user,
      dir: ".",
    } as const;
    await expect(createTrainingBackend({ backend: ssh, env: { HOME: home } })).rejects.toThrow(
      /not in .*known_hosts: check it out of band/,
    );
    const knownHosts = join(home, ".ssh", "known_hosts");
    await writeFile(knownHosts, `[${server.host}]:${server.port} ${server.hostPublicKey}\n`);
    const trusted = await createTrainingBackend({ backend: ssh, env: { HOME: home } });
    expect((await trusted.poll(handle)).running).toBe(false);

    const impostor = ssh2.utils.generateKeyPairSync("ed25519").public;
    await writeFile(knownHosts, `[${server.host}]:${server.port} ${impostor}\n`);
    const wary = await createTrainingBackend({ backend: ssh, env: { HOME: home } });
    await expect(wary.poll(handle)).rejects.toThrow(/presented a host key that is not the one known for it/);
  }, 30_000);

  it("needs a way to log in over SSH and a token for Hugging Face Jobs, named but never shown", async () => {
    const ssh = { kind: "ssh", host: "h", port: 22, user: "u", remoteDir: "r" } as const;
    await expect(createTrainingBackend({ backend: ssh, env: {} })).rejects.toThrow(
      /identityFile .* SSH agent/,
    );
    const hf = { kind: "hf-jobs", namespace: "me", flavor: "a100-large", image: "img" } as const;
    const missing = await createTrainingBackend({
      backend: hf,
      secrets: { hfTokenEnv: "MY_TOKEN" },
      env: {},
    }).catch((error: unknown) => error);
    expect(TrainingBackendError.isInstance(missing)).toBe(true);
    expect((missing as Error).message).toContain("set MY_TOKEN to a Hub token");
    const made = await createTrainingBackend({
      backend: hf,
      env: { HF_TOKEN: "hf_aaaaaaaaaaaaaaaaaaaaaaaa" },
    });
    expect(made.kind).toBe("hf-jobs");
    expect((await createTrainingBackend({ backend: { kind: "local" }, env: {} })).kind).toBe("local");
  });
});
