import type { TrainJobSpec } from "../spec/train-job-spec-schema.js";

/** A training job laid out in a local folder, ready for a backend to ship and run. */
export interface StagedJob {
  runId: string;
  /** Local folder holding everything the job needs: job.json (the resolved spec), train.py (copied from packages/trainer/python), data/train.jsonl, data/eval.jsonl. */
  dir: string;
  /** Command to run inside `dir` on the target host, e.g. ["python3", "train.py", "--config", "job.json"] or ["accelerate", "launch", "--num_processes", "4", "train.py", "--config", "job.json"]. */
  command: string[];
  /** Environment variable NAMES the job needs from the launcher's environment (values never written to disk), e.g. ["HF_TOKEN"]. */
  secretEnv: string[];
  /** Size of the rendered training split, when this process staged it (for `validateTrainJob`'s estimate). */
  trainData?: { rows: number; tokens: number };
}

/** Options of `stageTrainJob`. */
export interface StageTrainJobOptions {
  /** The resolved job spec (`trainJobSpecSchema.parse` or `loadTrainJobSpec`). */
  spec: TrainJobSpec;
  /** Folder to stage into; created if missing. Files of an earlier staging of the same job are replaced. */
  dir: string;
}
