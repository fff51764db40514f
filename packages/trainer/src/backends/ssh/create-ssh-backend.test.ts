import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isProcessAlive } from "@apigen/core";
import { filesUnder, waitFor } from "@apigen/core/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelTrainingRun } from "../../state/cancel-training-run.js";
import { launchTrainingRun } from "../../state/launch-training-run.js";
import { refreshTrainingRun } from "../../state/refresh-training-run.js";
import { type SshStandIn, startSshStandIn } from "../../testing/start-ssh-stand-in.js";
import { writeStandInJob } from "../../testing/write-stand-in-job.js";
import { TrainingBackendError } from "../training-backend-error.js";
import { createSshBackend } from "./create-ssh-backend.js";

const token = "hf_sshSecretValue98765";
let scratch: string;
let server: SshStandIn;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "apigen-ssh-"));
  await mkdir(join(scratch, "remote-home"), { recursive: true });
  server = await startSshStandIn({ rootDir: join(scratch, "remote-home") });
});
afterAll(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

describe("ssh backend against an ssh2 server on loopback", () => {
  it("stages by SFTP, runs detached, follows, cancels the group, resumes and fetches", async () => {
    const jobsDir = join(scratch, "runs");
    const job = await writeStandInJob({
      dir: join(jobsDir, "remote", "job"),
      runId: "remote",
      steps: 8,
      // Slow enough that a loaded machine still cancels it mid-run (each poll is an SSH round trip).
      stepSeconds: 0.6,
      checkpointEvery: 2,
      secretEnv: ["HF_TOKEN"],
    });
    const backend = createSshBackend({
      host: server.host,
      port: server.port,
      user: server.user,
      privateKey: server.privateKey,
      remoteDir: "~/apigen-runs",
      env: { HF_TOKEN: token },
      killGraceSeconds: 15,
      pollIntervalMs: 200,
    });
    const { action, state } = await launchTrainingRun({ job, backend, jobsDir });
    expect(action).toBe("launched");
    expect(state.remote).toMatchObject({ kind: "ssh", dir: "apigen-runs/remote", user: "trainer" });
    const handle = state.remote ?? { kind: "local", dir: "", pid: 1 };
    const remoteDir = join(scratch, "remote-home", "apigen-runs", "remote");
    expect(await readFile(join(remoteDir, "stand-in.json"), "utf8")).toContain('"steps":8');

    const heartbeat = await waitFor(async () => {
      const poll = await backend.poll(handle);
      return (poll.heartbeat?.step ?? 0) >= 3 ? poll.heartbeat : undefined;
    });
    expect(heartbeat).toMatchObject({
      lastCheckpoint: expect.stringMatching(/^checkpoint-[2468]$/),
      lr: 5e-6,
    });
    expect(await backend.findRunning({ runId: "remote", dir: job.dir })).toMatchObject({
      kind: "ssh",
      dir: "apigen-runs/remote",
    });
    await expect(backend.launch(job, state)).rejects.toThrow(
      /a job is already running in apigen-runs\/remote/,
    );
    const grandchild = Number(await readFile(join(remoteDir, "grandchild.pid"), "utf8"));
    expect(isProcessAlive(grandchild)).toBe(true);

    const cancelled = await cancelTrainingRun({ runId: "remote", jobsDir, backend });
    expect(cancelled.status).toBe("cancelled");
    expect(isProcessAlive(grandchild)).toBe(false);
    expect((await backend.poll(handle)).running).toBe(false);
    expect(await backend.findRunning({ runId: "remote", dir: job.dir })).toBeUndefined();

    const again = await launchTrainingRun({ job, backend, jobsDir });
    expect(again).toMatchObject({ action: "resubmitted", state: { attempts: 2, status: "running" } });
    const lines: string[] = [];
    for await (const line of backend.logs(again.state.remote ?? handle, { follow: true })) {
      lines.push(line);
    }
    const log = lines.join("\n");
    expect(lines[0], log).toBe("starting from scratch");
    expect(lines, log).toContain("secret HF_TOKEN: present");
    expect(lines, log).toContain("received SIGTERM, stopping");
    expect(lines.some((line) => /^resuming from checkpoint-[2468]$/.test(line))).toBe(true);
    expect(lines.at(-1)).toBe("done");

    const done = await waitFor(async () => {
      const { state: current } = await refreshTrainingRun({ runId: "remote", jobsDir, backend });
      return current.status === "running" ? undefined : current;
    });
    expect(done).toMatchObject({ status: "succeeded", lastHeartbeat: { step: 8 } });

    const into = join(scratch, "fetched");
    const fetched = await backend.fetch(done.remote ?? handle, {
      into,
      what: ["output", "logs", "checkpoints"],
    });
    expect(fetched.map((path) => path.slice(into.length)).sort()).toEqual([
      "/checkpoints/checkpoint-2/state.json",
      "/checkpoints/checkpoint-4/state.json",
      "/checkpoints/checkpoint-6/state.json",
      "/checkpoints/checkpoint-8/state.json",
      "/output/model.txt",
      "/train.log",
    ]);
    expect(await readFile(join(into, "output", "model.txt"), "utf8")).toBe("weights\n");

    for (const path of [...(await filesUnder(scratch))]) {
      expect(await readFile(path, "utf8"), path).not.toContain(token);
    }
    expect(server.commands.join("\n")).not.toContain(token);
    expect(server.commands.join("\n")).toContain("setsid nohup sh -c");
  }, 30_000);

  it("says when it cannot log in, without the password", async () => {
    const backend = createSshBackend({
      host: server.host,
      port: server.port,
      user: server.user,
      password: "wrong-password-123",
      remoteDir: "x",
    });
    const error = await backend
      .poll({ kind: "ssh", host: "h", port: 1, user: "u", dir: "x" })
      .catch((caught: unknown) => caught);
    expect(TrainingBackendError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/cannot connect to trainer@127\.0\.0\.1/);
    expect((error as Error).message).not.toContain("wrong-password-123");
  }, 30_000);

  it("logs in with a password too and reads logs without following", async () => {
    const backend = createSshBackend({
      host: server.host,
      port: server.port,
      user: server.user,
      password: server.password,
      remoteDir: "apigen-runs",
    });
    const lines: string[] = [];
    for await (const line of backend.logs({
      kind: "ssh",
      host: "h",
      port: 1,
      user: "u",
      dir: "apigen-runs/remote",
    })) {
      lines.push(line);
    }
    expect(lines.at(-1)).toBe("done");
  }, 30_000);
});
