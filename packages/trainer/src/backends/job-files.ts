import { trainJobFiles } from "../stage/train-job-files.js";
import type { FetchPart } from "./training-backend.js";

/**
 * Files in a job's working folder that the backends read: those the training script writes
 * (`heartbeat.jsonl`, `checkpoints/`, `output/`, `completed.json`), and those the launcher's wrapper writes
 * (`train.log`, `pid`, `exit_code`).
 */
export const jobFiles = {
  heartbeat: trainJobFiles.heartbeat,
  checkpoints: trainJobFiles.checkpoints,
  output: trainJobFiles.output,
  completed: trainJobFiles.completed,
  log: trainJobFiles.log,
  pid: "pid",
  exitCode: "exit_code",
} as const;

/** The file or folder of a job that holds one fetchable part. */
export function partFile(part: FetchPart): string {
  return part === "logs" ? jobFiles.log : part === "output" ? jobFiles.output : jobFiles.checkpoints;
}
