import { stat } from "node:fs/promises";
import { join } from "node:path";
import { downloadFile, type ListFileEntry, listFiles } from "@huggingface/hub";
import { categoryHasAnswers } from "../runner/bfcl-runnable-categories.js";
import { BfclDownloadError } from "./bfcl-download-error.js";
import { classifyHubError } from "./classify-hub-error.js";
import { defaultBfclDataDirectory } from "./default-bfcl-data-directory.js";
import { readDownloadManifest, writeDownloadManifest } from "./download-manifest.js";
import { selectBfclFiles } from "./select-bfcl-files.js";
import { writeBlobAtomically } from "./write-blob-atomically.js";

type HubParams = Parameters<typeof downloadFile>[0];

/** System calls of writing a file: their errors are local, never the Hub's. */
const fileSyscalls = new Set(["open", "write", "close", "fsync", "rename", "mkdir", "unlink"]);
/** The Hub data set the leaderboard publishes its data in. */
export const bfclHubRepo = "gorilla-llm/Berkeley-Function-Calling-Leaderboard";

/** Options of {@link downloadBfclDataIter} and {@link downloadBfclData}. */
export interface DownloadBfclDataOptions {
  /**
   * The folder to fill, laid out like `bfcl_eval/data`.
   * @default defaultBfclDataDirectory({ revision }) (`~/.cache/apigen/bfcl/<revision>`)
   */
  dataDir?: string;
  /** @default "gorilla-llm/Berkeley-Function-Calling-Leaderboard" */
  repo?: string;
  /** @default "main" */
  revision?: string;
  /** Only the files of these categories (questions and possible answers); every `.json` file when absent. */
  categories?: readonly string[];
  /** @default "https://huggingface.co" */
  hubUrl?: HubParams["hubUrl"];
  /** For a gated or private copy of the data set. */
  accessToken?: string;
  fetch?: typeof fetch;
  abortSignal?: AbortSignal;
}

/** Progress of a download. */
export type BfclDownloadEvent =
  | { type: "download-start"; dataDirectory: string; files: number }
  | { type: "file-skip"; path: string; size: number }
  | { type: "file-end"; path: string; size: number }
  | { type: "download-end"; dataDirectory: string; downloaded: number; skipped: number };

/**
 * Downloads the BFCL question and possible-answer files from the Hub data set into a local folder, once: a file
 * already there with the size and content id (etag) the Hub lists is skipped, and each file is written to a
 * temporary name and renamed, so an interrupted download never leaves a half file. Failures are
 * `BfclDownloadError`s that say why (not found, gated, network) and how to use a local copy instead.
 *
 * @example
 * for await (const event of downloadBfclDataIter({ categories: ["simple_python"] })) console.log(event);
 */
export async function* downloadBfclDataIter({
  revision = "main",
  dataDir = defaultBfclDataDirectory({ revision }),
  repo = bfclHubRepo,
  categories,
  hubUrl,
  accessToken,
  fetch: fetchImplementation,
  abortSignal,
}: DownloadBfclDataOptions = {}): AsyncGenerator<BfclDownloadEvent> {
  if (categories?.length === 0) {
    throw new TypeError("categories is empty: leave it out to download every file, or name some");
  }
  const common = {
    repo: { type: "dataset" as const, name: repo },
    revision,
    ...(hubUrl === undefined ? {} : { hubUrl }),
    ...(accessToken === undefined ? {} : { accessToken }),
    ...(fetchImplementation === undefined ? {} : { fetch: fetchImplementation }),
  };
  const entries = new Map<string, ListFileEntry>();
  try {
    for await (const entry of listFiles({ ...common, recursive: true })) {
      if (entry.type === "file") {
        entries.set(entry.path, entry);
      }
    }
  } catch (error) {
    throw classifyHubError({ error, repo, revision });
  }
  const selected = selectBfclFiles({ paths: [...entries.keys()], categories });
  const missing = (categories ?? []).flatMap((category) => {
    const name = `BFCL_v4_${category}.json`;
    const answers = selected.some((path) => path.endsWith(`possible_answer/${name}`));
    const questions = selected.some(
      (path) => path.endsWith(name) && !path.endsWith(`possible_answer/${name}`),
    );
    return [
      ...(questions ? [] : [name]),
      ...(answers || !categoryHasAnswers(category) ? [] : [`possible_answer/${name}`]),
    ];
  });

  if (missing.length > 0 || selected.length === 0) {
    const what = missing.length > 0 ? missing.join(", ") : "any .json file";
    throw new BfclDownloadError({
      reason: "missing-files",
      repo,
      detail: `revision "${revision}" has no ${what}`,
    });
  }
  yield { type: "download-start", dataDirectory: dataDir, files: selected.length };
  const manifest = await readDownloadManifest(dataDir);
  let downloaded = 0;
  for (const path of selected) {
    abortSignal?.throwIfAborted();
    const entry = entries.get(path);
    const size = entry?.lfs?.size ?? entry?.size ?? 0;
    const oid = entry?.lfs?.oid ?? entry?.oid;
    const target = join(dataDir, ...path.split("/"));
    const present = await stat(target).catch(() => undefined);
    const known = manifest[path];
    if (present?.size === size && (oid === undefined || known === undefined || known.oid === oid)) {
      yield { type: "file-skip", path, size };
      continue;
    }
    let blob: Blob | null;
    try {
      blob = await downloadFile({ ...common, path });
    } catch (error) {
      throw classifyHubError({ error, repo, revision });
    }
    if (blob === null) {
      throw new BfclDownloadError({
        reason: "not-found",
        repo,
        statusCode: 404,
        detail: `${path} disappeared while downloading`,
      });
    }
    try {
      await writeBlobAtomically({ blob, path: target });
    } catch (error) {
      // A local file error (a full disk, no permission) is said as it is, not as a network failure.
      if (fileSyscalls.has((error as NodeJS.ErrnoException).syscall ?? "")) {
        throw error;
      }
      throw classifyHubError({ error, repo, revision });
    }
    manifest[path] = { size, oid };
    await writeDownloadManifest(dataDir, manifest);
    downloaded++;
    yield { type: "file-end", path, size };
  }
  yield { type: "download-end", dataDirectory: dataDir, downloaded, skipped: selected.length - downloaded };
}

/**
 * Drains {@link downloadBfclDataIter}: downloads what is missing and resolves to the data folder and counts.
 *
 * @example
 * const { dataDirectory } = await downloadBfclData({ categories: ["simple_python", "irrelevance"] });
 */
export async function downloadBfclData(
  options: DownloadBfclDataOptions = {},
): Promise<{ dataDirectory: string; downloaded: number; skipped: number }> {
  for await (const event of downloadBfclDataIter(options)) {
    if (event.type === "download-end") {
      return { dataDirectory: event.dataDirectory, downloaded: event.downloaded, skipped: event.skipped };
    }
  }
  throw new Error("downloadBfclDataIter ended without download-end");
}
