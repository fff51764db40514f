import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isProcessAlive } from "@apigen/core";
import { filesUnder, waitFor } from "@apigen/core/test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cancelTrainingRun } from "../../state/cancel-training-run.js";
import { launchTrainingRun } from "../../state/launch-training-run.js";
import { readRunState } from "../../state/read-run-state.js";
import { refreshTrainingRun } from "../../state/refresh-training-run.js";
import { writeStandInJob } from "../../testing/write-stand-in-job.js";
import { createLocalBackend } from "./create-local-backend.js";

const token = "hf_localSecretValue123";
let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), "apigen-local-"));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("local backend", () => {
  it("runs a job to success, idempotently, with heartbeats, logs and fetch", async () => {
    const jobsDir = join(scratch, "runs");
    const job = await writeStandInJob({
      dir: join(jobsDir, "ok", "job"),
      runId: "ok",
      steps: 4,
      stepSeconds: 0.05,
      secretEnv: ["HF_TOKEN"],
    });
    const backend = createLocalBackend({
      env: { PATH: process.env.PATH, HF_TOKEN: token, OTHER_TOKEN: "hf_notForTheJob" },
    });
    const first = await launchTrainingRun({ job, backend, jobsDir });
    expect(first.action).toBe("launched");
    expect(first.state).toMatchObject({ status: "running", attempts: 1, remote: { kind: "local" } });
    const again = await launchTrainingRun({ job, backend, jobsDir });
    expect(again.action).toBe("already-running");
    const done = await waitFor(async () => {
      const { state } = await refreshTrainingRun({ runId: "ok", jobsDir, backend });
      return state.status === "running" ? undefined : state;
    });
    expect(done.status).toBe("succeeded");
    expect(done.lastHeartbeat).toMatchObject({ step: 4, lastCheckpoint: "checkpoint-4" });
    expect(done.history.map((entry) => entry.status)).toEqual([
      "validated",
      "staged",
      "submitted",
      "running",
      "succeeded",
    ]);
    expect((await launchTrainingRun({ job, backend, jobsDir })).action).toBe("already-succeeded");

    const lines: string[] = [];
    for await (const line of backend.logs(done.remote ?? { kind: "local", dir: "", pid: 1 })) {
      lines.push(line);
    }
    expect(lines).toEqual([
      "starting from scratch",
      "secret HF_TOKEN: present",
      "step 1 loss 2.0000",
      "step 2 loss 1.0000",
      "step 3 loss 0.6667",
      "step 4 loss 0.5000",
      "done",
    ]);
    const fetched = await backend.fetch(done.remote ?? { kind: "local", dir: "", pid: 1 }, {
      into: join(scratch, "out"),
      what: ["output", "checkpoints", "logs"],
    });
    expect(fetched.map((path) => path.slice(scratch.length))).toEqual([
      "/out/output",
      "/out/checkpoints",
      "/out/train.log",
    ]);
    expect(await readFile(join(scratch, "out", "output", "model.txt"), "utf8")).toBe("weights\n");
    for (const path of await filesUnder(jobsDir)) {
      expect(await readFile(path, "utf8"), path).not.toContain(token);
    }
  }, 30_000);

  it("cancels the whole process group, grandchild included, and a relaunch resumes from the checkpoint", async () => {
    const jobsDir = join(scratch, "runs");
    const job = await writeStandInJob({
      dir: join(jobsDir, "long", "job"),
      runId: "long",
      steps: 6,
      // Slow enough that a loaded machine still cancels it mid-run.
      stepSeconds: 0.6,
      checkpointEvery: 2,
    });
    const backend = createLocalBackend({ killGraceMs: 15_000 });
    const { state } = await launchTrainingRun({ job, backend, jobsDir });
    const handle = state.remote ?? { kind: "local", dir: "", pid: 1 };
    const heartbeat = await waitFor(async () => {
      const poll = await backend.poll(handle);
      return (poll.heartbeat?.step ?? 0) >= 2 ? poll.heartbeat : undefined;
    });
    expect(heartbeat).toMatchObject({
      lastCheckpoint: expect.stringMatching(/^checkpoint-[246]$/),
      memoryGb: 1.5,
    });
    const grandchild = Number(await readFile(join(job.dir, "grandchild.pid"), "utf8"));
    expect(isProcessAlive(grandchild)).toBe(true);

    const cancelled = await cancelTrainingRun({ runId: "long", jobsDir, backend });
    expect(cancelled.status).toBe("cancelled");
    expect(isProcessAlive(grandchild)).toBe(false);
    expect(await readFile(join(job.dir, "train.log"), "utf8")).toContain("received SIGTERM");
    const poll = await backend.poll(handle);
    expect(poll.running).toBe(false);

    const relaunched = await launchTrainingRun({ job, backend, jobsDir });
    expect(relaunched.action).toBe("resubmitted");
    expect(relaunched.state.attempts).toBe(2);
    const done = await waitFor(async () => {
      const { state: current } = await refreshTrainingRun({ runId: "long", jobsDir, backend });
      return current.status === "running" ? undefined : current;
    });
    expect(done.status).toBe("succeeded");
    const log = await readFile(join(job.dir, "train.log"), "utf8");
    expect(log).toMatch(/resuming from checkpoint-[246]/);
    expect((await readRunState({ jobsDir, runId: "long" }))?.history.map((entry) => entry.status)).toEqual([
      "validated",
      "staged",
      "submitted",
      "running",
      "cancelled",
      "submitted",
      "running",
      "succeeded",
    ]);
  }, 30_000);

  it("resubmits a run whose process vanished (killed outright) and refuses a job whose secret is unset", async () => {
    const jobsDir = join(scratch, "runs");
    const job = await writeStandInJob({
      dir: join(jobsDir, "lost", "job"),
      runId: "lost",
      steps: 40,
      stepSeconds: 0.1,
    });
    const backend = createLocalBackend({ killGraceMs: 500 });
    const { state } = await launchTrainingRun({ job, backend, jobsDir });
    const pid = state.remote?.kind === "local" ? state.remote.pid : 0;
    await waitFor(async () =>
      ((await backend.poll(state.remote ?? { kind: "local", dir: "", pid: 1 })).heartbeat?.step ?? 0) >= 2
        ? true
        : undefined,
    );
    process.kill(-pid, "SIGKILL");
    await waitFor(async () => (isProcessAlive(pid) ? undefined : true));
    const relaunched = await launchTrainingRun({ job, backend, jobsDir });
    expect(relaunched.action).toBe("resubmitted");
    expect(relaunched.state.history.map((entry) => entry.status).slice(-3)).toEqual([
      "failed",
      "submitted",
      "running",
    ]);
    await waitFor(async () =>
      (await readFile(join(job.dir, "train.log"), "utf8")).includes("resuming from checkpoint-")
        ? true
        : undefined,
    );
    await backend.cancel(relaunched.state.remote ?? { kind: "local", dir: "", pid: 1 });

    const secretJob = await writeStandInJob({
      dir: join(scratch, "secret"),
      runId: "secret",
      secretEnv: ["HF_TOKEN"],
    });
    await expect(createLocalBackend({ env: {} }).launch(secretJob, relaunched.state)).rejects.toThrow(
      /needs HF_TOKEN/,
    );
  }, 30_000);
});
