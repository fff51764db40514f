import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runFiles, stringifyJson, writeJsonl } from "@apigen/core";
import { waitFor } from "@apigen/core/test";
import {
  createLocalBackend,
  launchTrainingRun,
  loadTrainJobSpec,
  readRunState,
  runJobDir,
  stageTrainJob,
  writeRunState,
} from "@apigen/trainer";
import { writeStandInJob } from "@apigen/trainer/test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runApigen } from "../../testing/run-apigen.js";

const weather = {
  name: "get_weather",
  description: "Current weather of a city.",
  parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
};
const rows = ["Paris", "Lima", "Oslo", "Cairo"].map((city, index) => ({
  id: `row-${index}`,
  query: `Weather in ${city}?`,
  tools: [weather],
  answers: [{ name: "get_weather", arguments: { city } }],
  style: "simple",
}));

let scratch: string;
let jobsDir: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), "apigen-train-cli-"));
  jobsDir = join(scratch, "runs");
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const specFor = (runDir: string, extra: Record<string, unknown> = {}) => ({
  runId: "cli-run",
  baseModel: "Qwen/Qwen2.5-0.5B-Instruct",
  promptFormat: "xlam-v1",
  data: { sources: [{ path: runDir }], heldOut: 0 },
  method: { kind: "lora" },
  backend: { kind: "local" },
  ...extra,
});

async function writeSpec(extra: Record<string, unknown> = {}): Promise<string> {
  const runDir = join(scratch, "data-run");
  await mkdir(runDir, { recursive: true });
  await writeJsonl(join(runDir, runFiles.accepted), rows);
  const path = join(scratch, "train.json");
  await writeFile(path, stringifyJson(specFor(runDir, extra), { indent: 2 }));
  return path;
}

describe("apigen train", () => {
  it("has help with examples for every subcommand", async () => {
    const { code, stdout } = await runApigen("train", "--help");
    expect(code).toBe(0);
    for (const name of ["launch", "status", "logs", "cancel", "fetch"]) {
      expect(stdout).toContain(`apigen train ${name}`);
    }
    const launch = await runApigen("train", "launch", "--help");
    expect(launch.stdout).toContain("--dry-run");
    expect(launch.stdout).toContain("Examples:");
  }, 30_000);

  it("validates and stages a spec in a dry run, launching nothing", async () => {
    const spec = await writeSpec();
    const { code, stdout, stderr } = await runApigen(
      "train",
      "launch",
      spec,
      "--jobs-dir",
      jobsDir,
      "--dry-run",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/notice: .*license/i);
    expect(stdout).toMatch(/memory per GPU: [\d.]+ GB/);
    expect(stdout).toMatch(/tokens per epoch: \d+/);
    expect(stdout).toContain(
      "dry run: cli-run validated and staged (python3 train.py --config job.json); nothing launched",
    );
    await expect(readdir(jobsDir)).rejects.toThrow();
  }, 30_000);

  it("refuses a spec with errors, names them, and stages nothing", async () => {
    const spec = await writeSpec({
      baseModel: "deepseek-ai/deepseek-coder-7b-instruct-v1.5",
      method: { kind: "full" },
    });
    const { code, stdout, stderr } = await runApigen("train", "launch", spec, "--jobs-dir", jobsDir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^error: /m);
    expect(stderr).toMatch(/^apigen: Invalid training job spec .*train\.json:/);
    expect(stderr).toContain("nothing was launched");
    await expect(readdir(jobsDir)).rejects.toThrow();
  }, 30_000);

  it("launches a staged spec on the local backend, idempotently, and cancels it", async () => {
    const spec = await writeSpec();
    const launched = await runApigen("train", "launch", spec, "--jobs-dir", jobsDir);
    expect(launched.stderr).toBe("");
    expect(launched.stdout).toContain("launched cli-run on local (attempt 1)");
    expect(launched.stdout).toContain(`apigen train logs cli-run --follow --jobs-dir ${jobsDir}`);
    const files = await readdir(runJobDir({ jobsDir, runId: "cli-run" }));
    expect(files).toEqual(expect.arrayContaining(["job.json", "train.py", "data", "pid"]));
    const state = await readRunState({ jobsDir, runId: "cli-run" });
    if (state?.status === "running") {
      const again = await runApigen("train", "launch", spec, "--jobs-dir", jobsDir);
      expect(again.stdout).toMatch(/run cli-run is already (running|submitted): nothing to do|resubmitted/);
    }
    const cancelled = await runApigen("train", "cancel", "cli-run", "--jobs-dir", jobsDir);
    expect(cancelled.code).toBe(0);
    expect(cancelled.stdout).toMatch(/cancelled cli-run|had already ended/);
  }, 30_000);

  it("tells when a launcher was killed mid-submission, and a new launch recovers the run", async () => {
    const spec = await writeSpec();
    const dir = runJobDir({ jobsDir, runId: "cli-run" });
    await stageTrainJob({ spec: await loadTrainJobSpec(spec), dir });
    const at = new Date().toISOString();
    await writeRunState({
      jobsDir,
      state: {
        runId: "cli-run",
        backend: "local",
        status: "submitted",
        history: [{ status: "submitted", at, detail: "attempt 1" }],
        attempts: 1,
        jobDir: dir,
      },
    });
    const status = await runApigen("train", "status", "cli-run", "--jobs-dir", jobsDir);
    expect(status.stdout).toContain("the launcher stopped before it recorded the job");
    const launched = await runApigen("train", "launch", spec, "--jobs-dir", jobsDir);
    expect(launched.stdout).toContain("resubmitted cli-run on local (attempt 2)");
    const state = await readRunState({ jobsDir, runId: "cli-run" });
    expect(
      state?.history.some((entry) => entry.detail === "the launcher stopped before the job was handed over"),
    ).toBe(true);
    expect((await runApigen("train", "cancel", "cli-run", "--jobs-dir", jobsDir)).code).toBe(0);
  }, 30_000);

  it("follows a running job: status with the heartbeat, logs, fetch, cancel", async () => {
    const spec = await writeSpec();
    const dir = runJobDir({ jobsDir, runId: "cli-run" });
    const job = await writeStandInJob({
      dir,
      runId: "cli-run",
      steps: 30,
      stepSeconds: 0.3,
      checkpointEvery: 2,
    });
    const specText = await readFile(spec, "utf8");
    await writeFile(join(dir, "job.json"), specText);
    await launchTrainingRun({ job, backend: createLocalBackend({ killGraceMs: 15_000 }), jobsDir });

    await waitFor(async () => {
      const { stdout } = await runApigen("train", "status", "cli-run", "--jobs-dir", jobsDir);
      return /step ([3-9]|\d\d)\b/.test(stdout) ? stdout : undefined;
    }).then((stdout) => {
      expect(stdout).toMatch(/^run cli-run: running \(backend local, attempt 1\)/);
      expect(stdout).toMatch(/loss [\d.]+, lr 0\.000005, 1000 tokens\/s, memory 1\.5 GB/);
      expect(stdout).toMatch(/last checkpoint: checkpoint-\d+/);
    });
    const json = await runApigen("train", "status", "cli-run", "--jobs-dir", jobsDir, "--json");
    expect(json.stdout).toContain('"status": "running"');

    const logs = await runApigen("train", "logs", "cli-run", "--jobs-dir", jobsDir);
    expect(logs.stdout.split("\n")[0]).toBe("starting from scratch");
    expect(logs.stdout).toContain("step 1 loss 2.0000");

    const cancelled = await runApigen("train", "cancel", "cli-run", "--jobs-dir", jobsDir);
    expect(cancelled.stdout).toBe(
      "cancelled cli-run; launching it again resumes from its latest checkpoint\n",
    );
    const status = await runApigen("train", "status", "cli-run", "--jobs-dir", jobsDir);
    expect(status.stdout).toMatch(/^run cli-run: cancelled/);

    const into = join(scratch, "fetched");
    const fetched = await runApigen(
      "train",
      "fetch",
      "cli-run",
      "--into",
      into,
      "--what",
      "checkpoints,logs",
      "--jobs-dir",
      jobsDir,
    );
    expect(fetched.stdout).toContain(`fetched ${join(into, "checkpoints")}`);
    expect(await readFile(join(into, "train.log"), "utf8")).toContain("received SIGTERM");
    const bad = await runApigen(
      "train",
      "fetch",
      "cli-run",
      "--into",
      into,
      "--what",
      "weights",
      "--jobs-dir",
      jobsDir,
    );
    expect(bad.code).toBe(2);
  }, 30_000);

  it("after a run succeeds, prints the exact commands that serve the model and score it", async () => {
    const spec = await writeSpec({ evaluation: { categories: ["simple_python", "irrelevance"] } });
    const dir = runJobDir({ jobsDir, runId: "cli-run" });
    const job = await writeStandInJob({
      dir,
      runId: "cli-run",
      steps: 2,
      stepSeconds: 0.05,
      checkpointEvery: 1,
    });
    await writeFile(join(dir, "job.json"), await readFile(spec, "utf8"));
    await launchTrainingRun({ job, backend: createLocalBackend({ killGraceMs: 15_000 }), jobsDir });
    const stdout = await waitFor(async () => {
      const status = await runApigen("train", "status", "cli-run", "--jobs-dir", jobsDir);
      return /^run cli-run: succeeded/.test(status.stdout) ? status.stdout : undefined;
    });
    expect(stdout).toContain(
      `apigen train fetch cli-run --jobs-dir ${jobsDir} --into models/cli-run --what output`,
    );
    expect(stdout).toContain("vllm serve models/cli-run/output --served-model-name cli-run --port 8000");
    expect(stdout).toContain(
      "apigen eval --model cli-run --base-url http://localhost:8000/v1 --categories simple_python,irrelevance --mode xlam",
    );
  }, 30_000);

  it("says which run is missing", async () => {
    const { code, stderr } = await runApigen("train", "status", "nope", "--jobs-dir", jobsDir);
    expect(code).toBe(1);
    expect(stderr).toContain("Training run nope: no such run in");
  }, 30_000);
});
