import { join } from "node:path";

/** The folder name of a model's results: its id with `/` replaced by `_`, as BFCL names it. */
export function modelDirectoryName(modelId: string): string {
  return modelId.replaceAll("/", "_");
}

/**
 * Where a model's answers and verdicts for one category go:
 * `<resultsDirectory>/<model>/BFCL_v4_<category>_result.json` (BFCL's result format) and `..._score.json`.
 */
export function bfclResultPaths({
  resultsDirectory,
  modelId,
  category,
}: {
  resultsDirectory: string;
  modelId: string;
  category: string;
}): { directory: string; resultFile: string; scoreFile: string } {
  const directory = join(resultsDirectory, modelDirectoryName(modelId));
  return {
    directory,
    resultFile: join(directory, `BFCL_v4_${category}_result.json`),
    scoreFile: join(directory, `BFCL_v4_${category}_score.json`),
  };
}
