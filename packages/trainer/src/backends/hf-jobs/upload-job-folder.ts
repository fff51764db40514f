import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { createRepo, uploadFiles } from "@huggingface/hub";

/** Options of {@link uploadJobFolder}. */
export interface UploadJobFolderOptions {
  /** The local job folder. */
  dir: string;
  /** The data set to create (private) and upload into, e.g. `me/apigen-train-xlam-1b`. */
  dataset: string;
  /** A Hub token (`hf_...`). */
  accessToken: string;
  /** The Hub's base URL. @default "https://huggingface.co" */
  hubUrl?: string;
  /** The fetch to use. @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** Uploads a job folder to a Hub data set; a function of this shape can be given to the Hugging Face Jobs backend. */
export type UploadJobFolder = (options: UploadJobFolderOptions) => Promise<void>;

/**
 * Creates the private data set (unless it exists) and uploads every file of the job folder in one commit, streaming
 * each from disk.
 *
 * @example
 * await uploadJobFolder({ dir: job.dir, dataset: "me/apigen-train-run-1", accessToken });
 */
export async function uploadJobFolder({
  dir,
  dataset,
  accessToken,
  hubUrl,
  fetch,
}: UploadJobFolderOptions): Promise<void> {
  const repo = { type: "dataset" as const, name: dataset };
  const connection = {
    accessToken,
    ...(hubUrl === undefined ? {} : { hubUrl }),
    ...(fetch === undefined ? {} : { fetch }),
  };
  try {
    await createRepo({ repo, private: true, ...connection });
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 409) {
      throw error;
    }
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // File URLs are read as they are sent, so a job folder of any size is never held in memory whole.
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path).split(sep).join("/"), content: pathToFileURL(path) };
    });
  await uploadFiles({ repo, files, useXet: false, commitTitle: "Stage a training job", ...connection });
}
