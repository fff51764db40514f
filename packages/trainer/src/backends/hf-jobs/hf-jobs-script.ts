import { shellJoin, shellQuote } from "../ssh/shell-quote.js";

/**
 * The environment variable naming the data set a Hugging Face job mirrors its checkpoints to (the one holding its
 * job folder), so that a resubmitted job downloads them with the folder and resumes.
 */
export const checkpointDatasetEnv = "APIGEN_CHECKPOINT_DATASET";

/** Options of {@link hfJobsScript}. */
export interface HfJobsScriptOptions {
  /** The private data set holding the job folder, e.g. `me/apigen-train-xlam-1b`. */
  dataset: string;
  /** The command to run inside the job folder. */
  command: readonly string[];
  /**
   * Python packages to install first; with none, the script installs nothing (no `pip` line).
   * @default ["huggingface_hub", "transformers", "peft", "accelerate"]
   */
  packages?: readonly string[];
}

/**
 * The `bash -c` script a Hugging Face job runs: install the packages, download the job folder from its private
 * data set (authenticated by the `HF_TOKEN` secret, which `huggingface_hub` reads from the environment), and run
 * the command there. The script uploads the merged model itself (the spec's `push`), and mirrors its checkpoints
 * into the data set (named by {@link checkpointDatasetEnv}), so a resubmitted job downloads them here and resumes.
 */
export function hfJobsScript({
  dataset,
  command,
  packages = ["huggingface_hub", "transformers", "peft", "accelerate"],
}: HfJobsScriptOptions): string {
  const download = `from huggingface_hub import snapshot_download; snapshot_download(${pythonString(dataset)}, repo_type="dataset", local_dir="job")`;
  return [
    "set -e",
    ...(packages.length === 0 ? [] : [`pip install --quiet ${shellJoin(packages)}`]),
    `python3 -c ${shellQuote(download)}`,
    "cd job",
    `exec ${shellJoin(command)}`,
  ].join("\n");
}

function pythonString(text: string): string {
  return JSON.stringify(text);
}
