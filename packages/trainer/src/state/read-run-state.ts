import { readFile } from "node:fs/promises";
import { parsePlainJson } from "./parse-plain-json.js";
import { type RunState, runStateSchema } from "./run-state.js";
import { type RunLocationOptions, runStatePath } from "./run-state-path.js";
import { TrainingRunError } from "./training-run-error.js";

/**
 * Reads a run's `state.json`; resolves to undefined when the run was never launched. A file that is not a
 * valid state throws a {@link TrainingRunError}.
 *
 * @example
 * const state = await readRunState({ jobsDir: "runs/train", runId: "xlam-1b" });
 */
export async function readRunState(options: RunLocationOptions): Promise<RunState | undefined> {
  const path = runStatePath(options);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return undefined;
    }
    throw error;
  }
  const parsed = parsePlainJson({ text, schema: runStateSchema });
  if (!parsed.success) {
    throw new TrainingRunError({
      runId: options.runId,
      reason: `${path} is not a run state: ${parsed.error.message}`,
      cause: parsed.error,
    });
  }
  return parsed.value;
}
