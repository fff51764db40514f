import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { stringifyJson } from "@apigen/core";
import { type RunState, runStateSchema } from "./run-state.js";
import { runStatePath } from "./run-state-path.js";

/** Options of {@link writeRunState}. */
export interface WriteRunStateOptions {
  /** The folder holding one sub-folder per run. @default "runs/train" */
  jobsDir?: string;
  /** The state to write; its `runId` names the folder. */
  state: RunState;
}

/**
 * Writes a run's `state.json` atomically (a temporary file renamed over the old one), so a crash leaves either
 * the old state or the new one. Resolves to the path written.
 *
 * @example
 * await writeRunState({ jobsDir: "runs/train", state });
 */
export async function writeRunState({ jobsDir, state }: WriteRunStateOptions): Promise<string> {
  const checked = runStateSchema.parse(state);
  const path = runStatePath({ runId: checked.runId, ...(jobsDir === undefined ? {} : { jobsDir }) });
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, `${stringifyJson(checked, { indent: 2 })}\n`);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return path;
}
