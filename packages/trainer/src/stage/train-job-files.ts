/**
 * The files of a staged training job, relative to its folder (`StagedJob.dir`). The stager writes the first
 * group; the training script writes the second inside its working folder, and backends read them to follow,
 * resume and collect a job.
 */
export const trainJobFiles = {
  /** The resolved `TrainJobSpec`, as JSON: the script's `--config`. */
  config: "job.json",
  /** The training script (a copy of `packages/trainer/python/apigen_train.py`). */
  script: "train.py",
  /** Folder of the rendered data. */
  data: "data",
  /** Rendered training rows, JSON Lines. */
  trainData: "data/train.jsonl",
  /** Rendered held-out rows, JSON Lines. */
  evalData: "data/eval.jsonl",
  /**
   * One JSON line per logging step: `{step, epoch, loss, lr, tokensPerSecond, memoryGb, lastCheckpoint, time}`
   * (`lastCheckpoint` the folder name inside `checkpoints/`, e.g. `checkpoint-200`, or null; `memoryGb` null
   * without CUDA; `time` ISO 8601).
   */
  heartbeat: "heartbeat.jsonl",
  /** Folder of the checkpoints, `checkpoint-<step>/` each; the newest `checkpoint.keep` are kept. */
  checkpoints: "checkpoints",
  /** Prefix of a checkpoint folder's name inside `checkpoints/`; the global step follows. */
  checkpointPrefix: "checkpoint-",
  /** The final model and tokenizer (LoRA merged into the weights). */
  output: "output",
  /** Written last, on success: `{status: "succeeded", steps, finalLoss, time}`. */
  completed: "completed.json",
  /** The script's log (stdout and stderr of the training process). */
  log: "train.log",
} as const;

/** The path of checkpoint `step` relative to the job folder, e.g. `checkpoints/checkpoint-200`. */
export function checkpointPath(step: number): string {
  return `${trainJobFiles.checkpoints}/${trainJobFiles.checkpointPrefix}${step}`;
}
