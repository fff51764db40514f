import { existsSync } from "node:fs";
import { bfclCategoryFiles, bfclHubRepo, downloadBfclDataIter } from "@apigen/eval-bfcl";
import type { RunIo } from "../../run-io.js";
import { resolveDataDirectory } from "./resolve-data-directory.js";

/** What `apigen eval` knows about where the BFCL data comes from. */
export interface PrepareBfclDataOptions {
  categories: readonly string[];
  /** `--data-dir`: a local copy; downloaded into only with `--download`. */
  dataDir: string | undefined;
  /** `--download` (true), `--no-download` (false), or neither (download when the cache lacks files). */
  download: boolean | undefined;
  revision: string;
  hubUrl: string | undefined;
  environment: NodeJS.ProcessEnv;
  io: RunIo;
}

/**
 * The data folder for a run, downloaded first where needed: without `--data-dir` the cache is filled from the Hub
 * on first use (unless `--no-download`); `--download` checks the Hub for changed files even when all are there.
 */
export async function prepareBfclData({
  categories,
  dataDir,
  download,
  revision,
  hubUrl,
  environment,
  io,
}: PrepareBfclDataOptions): Promise<string> {
  const dataDirectory = resolveDataDirectory({ dataDir, revision, environment });
  const missing = categories
    .flatMap((category) => bfclCategoryFiles({ dataDirectory, category }))
    .some((path) => !existsSync(path));
  const shouldDownload = download === true || (download === undefined && dataDir === undefined && missing);
  if (!shouldDownload) {
    return dataDirectory;
  }
  const token = environment.HF_TOKEN;
  io.stderr.write(`Fetching the BFCL data of ${categories.join(", ")} from ${bfclHubRepo}@${revision}\n`);
  for await (const event of downloadBfclDataIter({
    dataDir: dataDirectory,
    revision,
    categories,
    ...(hubUrl === undefined ? {} : { hubUrl }),
    ...(token === undefined || token === "" ? {} : { accessToken: token }),
  })) {
    if (event.type === "download-end") {
      io.stderr.write(
        `BFCL data in ${event.dataDirectory}: ${event.downloaded} downloaded, ${event.skipped} already there\n`,
      );
    }
  }
  return dataDirectory;
}
