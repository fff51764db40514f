import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJson, runFiles, toPlainJson, writeJsonl } from "@apigen/core";
import { beforeAll, describe, expect, it } from "vitest";
import { exampleById } from "../render/__fixtures__/examples.js";
import { TrainingDataError } from "../render/training-data-error.js";
import { type TrainJobSpecInput, trainJobSpecSchema } from "../spec/train-job-spec-schema.js";
import { findTestPython } from "./__fixtures__/find-python.js";
import { stageTrainJob, trainerPythonDir, trainJobCommand } from "./stage-train-job.js";
import { trainJobFiles } from "./train-job-files.js";

const python = findTestPython();
let runDir = "";

beforeAll(async () => {
  runDir = await mkdtemp(join(tmpdir(), "trainer-stage-run-"));
  const rows = ["simple", "parallel-multiple", "no-call", "missing-argument", "nested"].map(exampleById);
  await writeJsonl(join(runDir, runFiles.accepted), rows);
});

const specWith = (overrides: Partial<TrainJobSpecInput> = {}) =>
  trainJobSpecSchema.parse({
    runId: "stage-test",
    baseModel: "Qwen/Qwen2.5-0.5B-Instruct",
    promptFormat: "xlam-v1",
    data: { sources: [{ path: runDir, weight: 2 }], heldOut: 0 },
    method: { kind: "lora" },
    backend: { kind: "local" },
    secrets: { hfTokenEnv: "MY_HF_TOKEN" },
    ...overrides,
  });

describe("stageTrainJob", () => {
  it("lays out job.json, train.py with its modules, and the rendered data", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "trainer-stage-")), "job");
    const spec = specWith();
    const job = await stageTrainJob({ spec, dir });
    expect(job).toEqual({
      runId: "stage-test",
      dir,
      command: ["python3", "train.py", "--config", "job.json"],
      secretEnv: ["MY_HF_TOKEN"],
      trainData: { rows: 10, tokens: expect.any(Number) },
    });
    const trainText = await readFile(join(dir, "data", "train.jsonl"), "utf8");
    expect(trainText.split("\n").filter((line) => line !== "")).toHaveLength(job.trainData?.rows ?? -1);
    const files = await readdir(dir);
    expect(files.sort()).toEqual([
      "apigen_train.py",
      "apigen_train_checkpoints.py",
      "apigen_train_core.py",
      "apigen_train_loop.py",
      "data",
      "job.json",
      "train.py",
    ]);
    expect(await readFile(join(dir, trainJobFiles.script), "utf8")).toBe(
      await readFile(join(trainerPythonDir, "apigen_train.py"), "utf8"),
    );
    expect(toPlainJson(parseJson(await readFile(join(dir, trainJobFiles.config), "utf8")))).toEqual(
      toPlainJson(spec),
    );
    const train = await readFile(join(dir, trainJobFiles.trainData), "utf8");
    expect(train.trim().split("\n")).toHaveLength(10);
    expect(train).toContain("<|im_end|>");
    expect(await readFile(join(dir, trainJobFiles.evalData), "utf8")).toBe("");
    expect(JSON.stringify(await readFile(join(dir, trainJobFiles.config), "utf8"))).not.toMatch(
      /hf_[A-Za-z0-9]{10}/,
    );
  });

  it("starts several GPUs with accelerate, one process each", () => {
    expect(trainJobCommand(specWith({ hardware: { gpus: 4 } }))).toEqual([
      "accelerate",
      "launch",
      "--multi_gpu",
      "--num_processes",
      "4",
      "train.py",
      "--config",
      "job.json",
    ]);
  });

  it("refuses to stage rows that do not round-trip, or no rows at all", async () => {
    const root = await mkdtemp(join(tmpdir(), "trainer-stage-bad-"));
    const badRun = join(root, "run");
    await mkdir(badRun);
    await writeJsonl(join(badRun, runFiles.accepted), [
      { ...exampleById("no-call"), id: "bracket", response: "[x]" },
    ]);
    const error = await stageTrainJob({
      spec: specWith({ promptFormat: "xlam-v2", data: { sources: [{ path: badRun }] } }),
      dir: join(root, "job"),
    }).catch((caught: unknown) => caught);
    expect(TrainingDataError.isInstance(error)).toBe(true);
    expect((error as TrainingDataError).rows).toEqual([expect.stringMatching(/^bracket: /)]);
    await expect(
      stageTrainJob({
        spec: specWith({ data: { sources: [{ path: runDir }], maxLength: 64 } }),
        dir: join(root, "job2"),
      }),
    ).rejects.toThrow(/no training row is left[\s\S]*5 skipped: longer than maxLength 64/);
  });

  it.skipIf(python.torchMissing !== undefined)(
    "hands the script a job it accepts (--dry-run)",
    async () => {
      const dir = join(await mkdtemp(join(tmpdir(), "trainer-stage-dry-")), "job");
      const job = await stageTrainJob({
        spec: specWith({ data: { sources: [{ path: runDir }], heldOut: 0.4, seed: 3 } }),
        dir,
      });
      const result = spawnSync(python.command ?? "python3", [...job.command.slice(1), "--dry-run"], {
        cwd: job.dir,
        encoding: "utf8",
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
      });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const plan = toPlainJson(parseJson(result.stdout)) as Record<string, unknown>;
      const trainLines = (await readFile(join(dir, trainJobFiles.trainData), "utf8"))
        .trim()
        .split("\n")
        .filter(Boolean);
      const evalLines = (await readFile(join(dir, trainJobFiles.evalData), "utf8"))
        .trim()
        .split("\n")
        .filter(Boolean);
      expect(plan).toMatchObject({
        runId: "stage-test",
        method: "lora",
        trainRows: trainLines.length,
        evalRows: evalLines.length,
        learningRate: 5e-5,
        resumeFromStep: null,
        completed: false,
      });
      expect(trainLines.length + evalLines.length).toBe(5);
    },
    60_000,
  );
});

if (python.torchMissing !== undefined) {
  console.warn(`stageTrainJob dry-run test skipped: ${python.torchMissing}`);
}
