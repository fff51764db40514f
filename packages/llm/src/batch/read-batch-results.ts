import { readJsonl } from "@apigen/core";
import { type BatchResult, parseBatchResult } from "./parse-batch-result.js";

/** Options of {@link readBatchResults}. */
export interface ReadBatchResultsOptions {
  /** A batch output file (OpenAI Batch API or vLLM `run_batch`); gzip when the name ends in `.gz`. */
  path: string;
  abortSignal?: AbortSignal;
}

/**
 * Streams the results of a batch output file one line at a time: `{ customId, response }` for a request that
 * succeeded, `{ customId, error }` (a `LanguageModelError`) for one that failed, was rejected or whose body is
 * unreadable. A line that is not JSON, or has no `custom_id`, throws a `ConversionError` naming the file and
 * line. Responses carry no `json` (the request is not known here) and a `latencyMs` of 0.
 *
 * @example
 * for await (const result of readBatchResults({ path: "results.jsonl" })) {
 *   if ("error" in result) console.error(result.customId, result.error.message);
 * }
 */
export async function* readBatchResults({
  path,
  abortSignal,
}: ReadBatchResultsOptions): AsyncGenerator<BatchResult> {
  for await (const { line, value } of readJsonl(path, abortSignal === undefined ? {} : { abortSignal })) {
    yield parseBatchResult({ value, line, path });
  }
}
