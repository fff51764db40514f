import { type Example, readRunExamples, runFiles } from "@apigen/core";
import { ExportError } from "../errors/export-error.js";

/** Streams a run's accepted rows; a missing `accepted.jsonl` is an `ExportError` that says what a run directory is. */
export async function* readAcceptedRows(runDir: string): AsyncGenerator<Example> {
  try {
    yield* readRunExamples(runDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ExportError({
        kind: "empty_run",
        message: `${runDir} has no ${runFiles.accepted}: is it a run directory (made by apigen generate --out)?`,
        cause: error,
      });
    }
    throw error;
  }
}

/** True when a stream yields nothing (it is closed after the first row). */
export async function isEmpty(examples: AsyncGenerator<Example>): Promise<boolean> {
  for await (const _ of examples) {
    return false;
  }
  return true;
}
