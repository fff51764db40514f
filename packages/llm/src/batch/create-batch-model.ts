import type { CompletionRequest, CompletionResponse, LanguageModel } from "@apigen/core";
import { safeParseJson } from "@apigen/core";
import { LanguageModelError } from "../errors/language-model-error.js";
import { batchCustomId } from "./batch-custom-id.js";
import { toBatchRequestBody, toBatchRequestLine } from "./batch-request-line.js";
import { BatchResultMissingError } from "./batch-result-missing-error.js";
import { type BatchResult, batchProvider } from "./parse-batch-result.js";
import { openPendingRequestsFile } from "./pending-requests-file.js";
import { readBatchResults } from "./read-batch-results.js";

/** Where a batch model's answers come from: an output file, or results already read. */
export type BatchResultsSource =
  | {
      /** A batch output file (OpenAI Batch API or vLLM `run_batch`). */
      resultsPath: string;
      results?: never;
    }
  | {
      /** Results from {@link readBatchResults}, or built in code. */
      results: Iterable<BatchResult> | AsyncIterable<BatchResult>;
      resultsPath?: never;
    };

/** Settings of {@link createBatchModel}. */
export type BatchModelSettings = BatchResultsSource & {
  /** The model name the batch ran with; part of every `custom_id`. */
  model: string;
  /**
   * A batch input file to which requests without a result are appended (each once, across runs), so that the
   * next batch can answer them. Without it a missing result is only an error. With it, a `resultsPath` that
   * does not exist yet counts as empty: the first run writes every request here.
   */
  pendingRequestsPath?: string;
  /**
   * The `url` of pending request lines.
   * @default "/v1/chat/completions"
   */
  endpoint?: string;
};

/** A {@link LanguageModel} answered from batch results; `close()` finishes the pending-requests file. */
export interface BatchModel extends LanguageModel {
  readonly provider: "batch";
  close(): Promise<void>;
}

/**
 * A model that answers from the results of a batch run instead of calling anything: each request is looked up
 * by its {@link batchCustomId}. Run a pipeline once with `pendingRequestsPath` to collect its requests, run
 * that file as a batch (OpenAI Batch API, vLLM `run_batch`), then run the pipeline again with the output as
 * `resultsPath`: the same seed makes the same requests, so every one is answered offline.
 *
 * A request without a result throws a {@link BatchResultMissingError} naming its `custom_id`; a request whose
 * batch line failed throws that line's error. Results are indexed in memory on the first call.
 *
 * @example
 * const model = createBatchModel({ model: "gpt-4o-mini", resultsPath: "results.jsonl", pendingRequestsPath: "requests.jsonl" });
 */
export function createBatchModel({
  model,
  resultsPath,
  results,
  pendingRequestsPath,
  endpoint = "/v1/chat/completions",
}: BatchModelSettings): BatchModel {
  if (typeof model !== "string" || model === "") {
    throw new TypeError(
      'createBatchModel needs the model name the batch ran with, e.g. { model: "gpt-4o-mini" }',
    );
  }
  const source = resultsPath ?? "the given results";
  const pending =
    pendingRequestsPath === undefined ? undefined : openPendingRequestsFile(pendingRequestsPath);
  let index: Promise<Map<string, BatchResult>> | undefined;

  const load = async (): Promise<Map<string, BatchResult>> => {
    const map = new Map<string, BatchResult>();
    try {
      for await (const result of results ?? readBatchResults({ path: resultsPath as string })) {
        map.set(result.customId, result);
      }
    } catch (error) {
      const missingFile = (error as { code?: unknown }).code === "ENOENT";
      if (!missingFile) {
        throw error;
      }
      if (pending === undefined) {
        throw new LanguageModelError({
          provider: batchProvider,
          modelId: model,
          message: `The batch results file ${source} does not exist: run the batch first, or set pendingRequestsPath to collect the requests`,
          cause: error,
        });
      }
    }
    return map;
  };

  return {
    provider: batchProvider,
    modelId: model,
    async complete(request: CompletionRequest): Promise<CompletionResponse> {
      const started = performance.now();
      const customId = batchCustomId(request, { model });
      index ??= load();
      const found = (await index).get(customId);
      if (found === undefined) {
        if (pending !== undefined) {
          const body = toBatchRequestBody({ model, request });
          await pending.add(toBatchRequestLine({ customId, endpoint, body }));
        }
        throw new BatchResultMissingError({
          customId,
          modelId: model,
          source,
          ...(pendingRequestsPath === undefined ? {} : { pendingRequestsPath }),
        });
      }
      if ("error" in found) {
        throw found.error;
      }
      const response: CompletionResponse = { ...found.response, latencyMs: performance.now() - started };
      if (request.responseFormat !== undefined) {
        const parsed = safeParseJson({ text: response.text });
        if (parsed.success) {
          response.json = parsed.value;
        }
      }
      return response;
    },
    close: async () => {
      await pending?.close();
    },
  };
}
