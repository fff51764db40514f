import { trainJobFiles } from "../stage/train-job-files.js";
import type { FetchPart } from "./training-backend.js";

/**
 * Files in a job's working folder that the backends read: those of {@link trainJobFiles} (the staged ones and
 * those the training script writes), and those the launcher's wrapper writes (`pid`, `exit_code`).
 */
export const jobFiles = { ...trainJobFiles, pid: "pid", exitCode: "exit_code" } as const;

/** The file or folder of a job that holds one fetchable part. */
export function partFile(part: FetchPart): string {
  return part === "logs" ? jobFiles.log : part === "output" ? jobFiles.output : jobFiles.checkpoints;
}
