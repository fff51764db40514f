import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
