import { copyFile, mkdir, readdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringifyJson } from "@apigen/core";
import { renderTrainingData } from "../render/render-training-data.js";
import { TrainingDataError } from "../render/training-data-error.js";
import type { TrainJobSpec } from "../spec/train-job-spec-schema.js";
import type { StagedJob, StageTrainJobOptions } from "./staged-job.js";
import { trainJobFiles } from "./train-job-files.js";

/** The folder of the Python training script and its modules, next to `src/` and `dist/`. */
export const trainerPythonDir = fileURLToPath(new URL("../../python/", import.meta.url));

/**
 * Lays a training job out in `dir`: renders the data (`data/train.jsonl`, `data/eval.jsonl`) after checking
 * that every row's target parses back to the same calls, copies the training script as `train.py` with its
 * modules, and writes the resolved spec as `job.json`. Returns what a backend needs to ship and start it.
 * Throws a {@link TrainingDataError} when a row fails the round trip or no training row is left.
 *
 * @example
 * const job = await stageTrainJob({ spec, dir: "jobs/xlam-1b" });
 * spawn(job.command[0], job.command.slice(1), { cwd: job.dir });
 */
export async function stageTrainJob({ spec, dir }: StageTrainJobOptions): Promise<StagedJob> {
  await mkdir(dir, { recursive: true });
  const rendered = await renderTrainingData({ spec, outDir: join(dir, trainJobFiles.data) });
  if (rendered.roundTripFailures.length > 0) {
    throw new TrainingDataError({
      reason: "rendered targets do not parse back to the same calls",
      rows: rendered.roundTripFailures.map(({ id, reason }) => `${id}: ${reason}`),
    });
  }
  if (rendered.train.rows === 0) {
    throw new TrainingDataError({
      reason: "no training row is left after length filtering and the held-out split",
      rows: rendered.skipped.map(({ reason, count }) => `${count} skipped: ${reason}`),
    });
  }
  await copyScript(dir);
  const configPath = join(dir, trainJobFiles.config);
  await writeFile(`${configPath}.tmp`, `${stringifyJson(spec, { indent: 2 })}\n`);
  await rename(`${configPath}.tmp`, configPath);
  return {
    runId: spec.runId,
    dir,
    command: trainJobCommand(spec),
    secretEnv: spec.secrets.hfTokenEnv === undefined ? [] : [spec.secrets.hfTokenEnv],
    trainData: { rows: rendered.train.rows, tokens: rendered.train.tokens },
  };
}

/**
 * The command that starts the script inside the job folder: plain `python3` on one GPU, `accelerate launch`
 * with one process per GPU (data parallel) on several.
 */
export function trainJobCommand(spec: TrainJobSpec): string[] {
  const script = [trainJobFiles.script, "--config", trainJobFiles.config];
  const { gpus } = spec.hardware;
  return gpus > 1
    ? ["accelerate", "launch", "--multi_gpu", "--num_processes", String(gpus), ...script]
    : ["python3", ...script];
}

async function copyScript(dir: string): Promise<void> {
  const entries = await readdir(trainerPythonDir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith(".py")) {
      await copyFile(join(trainerPythonDir, entry.name), join(dir, entry.name));
    }
  }
  await copyFile(join(trainerPythonDir, "apigen_train.py"), join(dir, trainJobFiles.script));
}
