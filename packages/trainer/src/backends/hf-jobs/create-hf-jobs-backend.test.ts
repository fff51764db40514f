import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type HubStandIn, startHubStandIn } from "@apigen/core/test";
import { listJobHardware } from "@huggingface/hub";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelTrainingRun } from "../../state/cancel-training-run.js";
import { launchTrainingRun } from "../../state/launch-training-run.js";
import { refreshTrainingRun } from "../../state/refresh-training-run.js";
import { type JobsStandIn, startJobsStandIn } from "../../testing/start-jobs-stand-in.js";
import { writeStandInJob } from "../../testing/write-stand-in-job.js";
import { TrainingBackendError } from "../training-backend-error.js";
import { createHfJobsBackend } from "./create-hf-jobs-backend.js";
import { hfJobStageOutcome } from "./hf-job-stage.js";

let scratch: string;
let hub: HubStandIn;
let jobs: JobsStandIn;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "apigen-hf-jobs-"));
  hub = await startHubStandIn();
  jobs = await startJobsStandIn({ token: hub.token, fallbackUrl: hub.url });
});
afterAll(async () => {
  await jobs?.close();
  await hub?.close();
  await rm(scratch, { recursive: true, force: true });
});

const collect = async (lines: AsyncIterable<string>) => {
  const seen: string[] = [];
  for await (const line of lines) {
    seen.push(line);
  }
  return seen;
};

describe("hf-jobs backend against a Jobs stand-in and a Hub stand-in", () => {
  it("uploads the job folder, launches, follows stages and logs, cancels and resubmits", async () => {
    const jobsDir = join(scratch, "runs");
    const job = await writeStandInJob({
      dir: join(jobsDir, "cloud", "job"),
      runId: "cloud",
      secretEnv: ["WANDB_API_KEY"],
    });
    const wandb = "wandb-secret-value-555";
    const backend = createHfJobsBackend({
      namespace: hub.user,
      accessToken: hub.token,
      hubUrl: jobs.url,
      flavor: "a100-large",
      timeoutSeconds: 3600,
      env: { WANDB_API_KEY: wandb },
      logIdleMs: 300,
    });
    const { action, state } = await launchTrainingRun({ job, backend, jobsDir });
    expect(action).toBe("launched");
    expect(state.remote).toEqual({
      kind: "hf-jobs",
      namespace: hub.user,
      jobId: "job-1",
      dataset: `${hub.user}/apigen-train-cloud`,
    });
    const dataset = hub.repo(`datasets/${hub.user}/apigen-train-cloud`);
    expect(dataset?.private).toBe(true);
    expect([...(dataset?.files.keys() ?? [])].sort()).toEqual([
      ".gitattributes",
      "data/train.jsonl",
      "job.json",
      "stand-in.json",
      "train.py",
    ]);
    for (const path of ["job.json", "data/train.jsonl", "train.py"]) {
      expect(dataset?.files.get(path)?.text(), path).toBe(await readFile(join(job.dir, path), "utf8"));
    }

    const sent = jobs.jobs[0]?.request ?? {};
    expect(sent).toMatchObject({
      dockerImage: "pytorch/pytorch:2.6.0-cuda12.4-cudnn9-runtime",
      flavor: "a100-large",
      timeoutSeconds: 3600,
      secrets: { HF_TOKEN: hub.token, WANDB_API_KEY: wandb },
      environment: { APIGEN_RUN_ID: "cloud", APIGEN_CHECKPOINT_DATASET: `${hub.user}/apigen-train-cloud` },
      labels: { "apigen-run-id": "cloud" },
    });
    const command = (sent.command as string[]).join(" ");
    expect(command).toContain(`snapshot_download("${hub.user}/apigen-train-cloud", repo_type="dataset"`);
    expect(command).toContain("exec /usr/bin/python3 train.py --config job.json");
    expect(command).not.toContain(hub.token);
    expect(JSON.stringify(sent.environment)).not.toContain(hub.token);

    const handle = state.remote ?? { kind: "local", dir: "", pid: 1 };
    expect(await backend.findRunning({ runId: "cloud", dir: job.dir })).toEqual(state.remote);
    expect(await backend.findRunning({ runId: "other", dir: job.dir })).toBeUndefined();
    jobs.appendLog("job-1", "step 1 loss 2.0", "step 2 loss 1.0");
    expect(await collect(backend.logs(handle))).toEqual(["step 1 loss 2.0", "step 2 loss 1.0"]);
    const following = collect(backend.logs(handle, { follow: true }));
    setTimeout(() => {
      jobs.appendLog("job-1", "step 3 loss 0.7");
      jobs.setStage("job-1", "ERROR", "CUDA out of memory");
    }, 100);
    expect(await following).toEqual(["step 1 loss 2.0", "step 2 loss 1.0", "step 3 loss 0.7"]);

    expect(await backend.findRunning({ runId: "cloud", dir: job.dir })).toBeUndefined();
    const { state: failed, poll } = await refreshTrainingRun({ runId: "cloud", jobsDir, backend });
    expect(poll).toMatchObject({ running: false, outcome: "failed", detail: "ERROR: CUDA out of memory" });
    expect(failed.status).toBe("failed");

    const again = await launchTrainingRun({ job, backend, jobsDir });
    expect(again).toMatchObject({
      action: "resubmitted",
      state: { attempts: 2, remote: { jobId: "job-2" } },
    });
    expect(await backend.findRunning({ runId: "cloud", dir: job.dir })).toMatchObject({ jobId: "job-2" });
    expect((await launchTrainingRun({ job, backend, jobsDir })).action).toBe("already-running");
    const cancelled = await cancelTrainingRun({ runId: "cloud", jobsDir, backend });
    expect(cancelled.status).toBe("cancelled");
    expect(jobs.jobs[1]?.stage).toBe("CANCELED");

    jobs.setStage("job-1", "COMPLETED");
    expect(await backend.poll(handle)).toMatchObject({ running: false, outcome: "succeeded", exitCode: 0 });
    const fetched = await backend.fetch(handle, { into: join(scratch, "fetched"), what: ["logs"] });
    expect(await readFile(fetched[0] ?? "", "utf8")).toBe(
      "step 1 loss 2.0\nstep 2 loss 1.0\nstep 3 loss 0.7\n",
    );
    await expect(backend.fetch(handle, { into: scratch, what: ["output"] })).rejects.toThrow(/push\.repo/);

    for (const entry of await readdir(jobsDir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        const text = await readFile(join(entry.parentPath, entry.name), "utf8");
        expect(text).not.toContain(hub.token);
        expect(text).not.toContain(wandb);
      }
    }
  }, 30_000);

  it("reports API failures as TrainingBackendErrors without the token, and lists hardware", async () => {
    const backend = createHfJobsBackend({
      namespace: hub.user,
      accessToken: "hf_wrongTokenValue0000000",
      hubUrl: jobs.url,
    });
    const error = await backend
      .poll({ kind: "hf-jobs", namespace: hub.user, jobId: "job-1" })
      .catch((caught: unknown) => caught);
    expect(TrainingBackendError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/reading the job failed \(HTTP 401\)/);
    expect((error as Error).message).not.toContain("hf_wrongTokenValue0000000");
    expect(() => createHfJobsBackend({ namespace: "me", accessToken: "not-a-token" })).toThrow(TypeError);
    const flavors = await listJobHardware({ hubUrl: jobs.url });
    expect(flavors.map((flavor) => flavor.name)).toContain("a100-large");
  }, 30_000);

  it.each([
    ["RUNNING", undefined],
    ["COMPLETED", "succeeded"],
    ["ERROR", "failed"],
    ["CANCELED", "cancelled"],
    ["DELETED", "cancelled"],
  ] as const)("maps stage %s to %s", (stage, outcome) => {
    expect(hfJobStageOutcome(stage)).toBe(outcome);
  });
});
