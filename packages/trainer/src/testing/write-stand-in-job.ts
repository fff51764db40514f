import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringifyJson } from "@apigen/core";
import type { StagedJob } from "../stage/staged-job.js";
import { standInTrainScript } from "./stand-in-train-script.js";

/** Options of {@link writeStandInJob}. */
export interface WriteStandInJobOptions {
  /** The folder to write the job into (created). */
  dir: string;
  /** The run id. @default "stand-in" */
  runId?: string;
  /** Steps to run. @default 5 */
  steps?: number;
  /** Seconds per step. @default 0.1 */
  stepSeconds?: number;
  /** Steps between checkpoints. @default 2 */
  checkpointEvery?: number;
  /** Secret variable names the job needs. @default [] */
  secretEnv?: string[];
  /** The Python interpreter. @default "/usr/bin/python3" where it exists, else "python3" */
  python?: string;
}

/**
 * Writes a staged job whose `train.py` is {@link standInTrainScript}, with a `job.json` and a small data file,
 * and returns it in the shape backends launch. For tests of backends and the CLI: fast, no torch.
 *
 * @example
 * const job = await writeStandInJob({ dir: join(scratch, "job"), steps: 20, stepSeconds: 0.05 });
 */
export async function writeStandInJob({
  dir,
  runId = "stand-in",
  steps = 5,
  stepSeconds = 0.1,
  checkpointEvery = 2,
  secretEnv = [],
  python = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
}: WriteStandInJobOptions): Promise<StagedJob> {
  await mkdir(join(dir, "data"), { recursive: true });
  await writeFile(join(dir, "train.py"), standInTrainScript);
  await writeFile(
    join(dir, "stand-in.json"),
    stringifyJson({ steps, stepSeconds, checkpointEvery, secretEnv }),
  );
  await writeFile(join(dir, "job.json"), stringifyJson({ runId, standIn: true }, { indent: 2 }));
  await writeFile(join(dir, "data", "train.jsonl"), `${stringifyJson({ prompt: "p", completion: "c" })}\n`);
  return { runId, dir, command: [python, "train.py", "--config", "job.json"], secretEnv };
}
