import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { isProcessGroupAlive, stringifyJson } from "@apigen/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLocalBackend } from "../backends/local/create-local-backend.js";
import { writeStandInJob } from "../testing/write-stand-in-job.js";
import { cancelTrainingRun } from "./cancel-training-run.js";
import { launchTrainingRun } from "./launch-training-run.js";
import { readRunState } from "./read-run-state.js";
import type { RunState } from "./run-state.js";
import { launchLockPath } from "./with-launch-lock.js";
import { writeRunState } from "./write-run-state.js";

let jobsDir: string;
beforeEach(async () => {
  jobsDir = await mkdtemp(join(tmpdir(), "apigen-launch-races-"));
});
afterEach(async () => {
  await rm(jobsDir, { recursive: true, force: true });
});

const backend = createLocalBackend({ env: { PATH: process.env.PATH }, killGraceMs: 5_000 });

/** What `state.json` holds when a launcher is killed after writing `submitted` and before recording the handle. */
function handlelessSubmitted(runId: string, dir: string): RunState {
  const at = new Date().toISOString();
  return {
    runId,
    backend: "local",
    status: "submitted",
    history: [
      { status: "validated", at },
      { status: "staged", at },
      { status: "submitted", at, detail: "attempt 1" },
    ],
    attempts: 1,
    jobDir: dir,
  };
}

describe("launching and cancelling a run whose launcher was killed", () => {
  it("adopts the job a killed launcher started, instead of starting a second one, and cancels it", async () => {
    const job = await writeStandInJob({ dir: join(jobsDir, "orphan", "job"), runId: "orphan", steps: 200 });
    const state = handlelessSubmitted("orphan", job.dir);
    await writeRunState({ state, jobsDir });
    const started = await backend.launch(job, state);
    let staged = 0;
    const stage = async () => {
      staged += 1;
      return job;
    };
    await expect(backend.launch(job, state)).rejects.toThrow(
      new RegExp(
        `a job is already running in .*orphan/job \\(pid ${started.kind === "local" ? started.pid : 0}\\)`,
      ),
    );
    const adopted = await launchTrainingRun({ runId: "orphan", stage, backend, jobsDir });
    expect(adopted.action).toBe("adopted");
    expect(adopted.state).toMatchObject({ status: "running", remote: started, attempts: 1 });
    expect(staged).toBe(0);

    const again = await launchTrainingRun({ runId: "orphan", stage, backend, jobsDir });
    expect(again.action).toBe("already-running");
    expect(staged).toBe(0);

    const cancelled = await cancelTrainingRun({ runId: "orphan", jobsDir, backend });
    expect(cancelled.status).toBe("cancelled");
    expect(started.kind === "local" && isProcessGroupAlive(started.pid)).toBe(false);
  }, 30_000);

  it("cancels the unrecorded job of a killed launcher too", async () => {
    const job = await writeStandInJob({ dir: join(jobsDir, "lost", "job"), runId: "lost", steps: 200 });
    const state = handlelessSubmitted("lost", job.dir);
    await writeRunState({ state, jobsDir });
    const started = await backend.launch(job, state);
    expect((await cancelTrainingRun({ runId: "lost", jobsDir, backend })).status).toBe("cancelled");
    expect(started.kind === "local" && isProcessGroupAlive(started.pid)).toBe(false);
  }, 30_000);

  it("submits again, recording why, when the killed launcher's job never started", async () => {
    const job = await writeStandInJob({ dir: join(jobsDir, "never", "job"), runId: "never", steps: 2 });
    await writeRunState({ state: handlelessSubmitted("never", job.dir), jobsDir });
    await writeFile(join(job.dir, "pid"), `${process.pid}\n`);
    const { action, state } = await launchTrainingRun({ job, backend, jobsDir });
    expect(action).toBe("resubmitted");
    expect(state).toMatchObject({ status: "running", attempts: 2 });
    expect(state.history.map(({ status, detail }) => `${status}: ${detail ?? ""}`)).toEqual(
      expect.arrayContaining([
        "failed: the launcher stopped before the job was handed over",
        "submitted: resubmitted (attempt 2)",
      ]),
    );
    expect(state.remote?.kind === "local" && state.remote.pid !== process.pid).toBe(true);
    await cancelTrainingRun({ runId: "never", jobsDir, backend });
  }, 30_000);

  it("refuses a launch or a cancel while another live process holds the launch lock, and takes a dead one's", async () => {
    const job = await writeStandInJob({ dir: join(jobsDir, "busy", "job"), runId: "busy", steps: 2 });
    const holder = (pid: number) => stringifyJson({ pid, host: hostname(), since: new Date().toISOString() });
    const lock = launchLockPath({ runId: "busy", jobsDir });
    await writeFile(lock, holder(process.ppid));
    let staged = 0;
    const stage = async () => {
      staged += 1;
      return job;
    };
    await expect(launchTrainingRun({ runId: "busy", stage, backend, jobsDir })).rejects.toThrow(
      new RegExp(`another launch or cancel of this run is in progress \\(pid ${process.ppid} on `),
    );
    await writeRunState({ state: handlelessSubmitted("busy", job.dir), jobsDir });
    await expect(cancelTrainingRun({ runId: "busy", jobsDir, backend })).rejects.toThrow(/in progress/);
    expect(staged).toBe(0);
    expect((await readRunState({ runId: "busy", jobsDir }))?.status).toBe("submitted");

    await writeFile(lock, holder(2 ** 22 + 12_345));
    const { action } = await launchTrainingRun({ runId: "busy", stage, backend, jobsDir });
    expect(action).toBe("resubmitted");
    expect(staged).toBe(1);
    await cancelTrainingRun({ runId: "busy", jobsDir, backend });
  }, 30_000);
});
