import { createHash } from "node:crypto";
import { type CompletionRequest, createJsonlWriter, stringifyJson } from "@apigen/core";
import { batchCustomId } from "./batch-custom-id.js";
import { toBatchRequestBody, toBatchRequestLine } from "./batch-request-line.js";

/** One request to put in a batch file. */
export interface BatchRequest {
  /**
   * The id the result will carry. Leave it out to use {@link batchCustomId}, which {@link createBatchModel}
   * matches results by.
   */
  customId?: string;
  /** The model name the batch runner should use. */
  model: string;
  request: CompletionRequest;
}

/** Options of {@link writeBatchRequests}. */
export interface WriteBatchRequestsOptions {
  /** The JSON Lines file to write (replaced unless `append` is set). */
  path: string;
  requests: Iterable<BatchRequest> | AsyncIterable<BatchRequest>;
  /**
   * The `url` of every line: the API path the batch runner calls.
   * @default "/v1/chat/completions"
   */
  endpoint?: string;
  /**
   * Add to an existing file instead of replacing it.
   * @default false
   */
  append?: boolean;
}

/** What {@link writeBatchRequests} wrote. */
export interface WriteBatchRequestsResult {
  /** Lines written. */
  written: number;
  /** Requests left out because an identical request with the same id was already written. */
  duplicates: number;
}

/**
 * Streams requests into a batch input file in the OpenAI Batch API format, one
 * `{"custom_id", "method": "POST", "url", "body"}` line each; vLLM's `run_batch` reads the same file. An exact
 * repeat of an earlier request is written once; two different requests with one `customId` are a `TypeError`.
 *
 * @example
 * await writeBatchRequests({ path: "requests.jsonl", requests: prompts.map((request) => ({ model: "gpt-4o-mini", request })) });
 * // openai api batches.create ... or: python -m vllm.entrypoints.openai.run_batch -i requests.jsonl -o results.jsonl --model ...
 */
export async function writeBatchRequests({
  path,
  requests,
  endpoint = "/v1/chat/completions",
  append = false,
}: WriteBatchRequestsOptions): Promise<WriteBatchRequestsResult> {
  const seen = new Map<string, string>();
  const writer = await createJsonlWriter(path, { append });
  let duplicates = 0;
  try {
    for await (const { customId, model, request } of requests) {
      const body = toBatchRequestBody({ model, request });
      const id = customId ?? batchCustomId(request, { model });
      const digest = createHash("sha256").update(stringifyJson(body)).digest("base64");
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        if (earlier !== digest) {
          throw new TypeError(
            `Two different requests share the custom_id "${id}": give each request its own customId, or leave customId out to use batchCustomId`,
          );
        }
        duplicates++;
        continue;
      }
      seen.set(id, digest);
      await writer.write(toBatchRequestLine({ customId: id, endpoint, body }));
    }
  } finally {
    await writer.close();
  }
  return { written: writer.count, duplicates };
}
