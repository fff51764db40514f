import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConversionError } from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LanguageModelError } from "../errors/language-model-error.js";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import { ModelResponseError } from "../errors/model-response-error.js";
import type { BatchResult } from "./parse-batch-result.js";
import { readBatchResults } from "./read-batch-results.js";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-batch-read-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Lines as the OpenAI Batch API and vLLM's run_batch write them. */
const resultLines = [
  '{"id":"batch_req_1","custom_id":"row-1","response":{"status_code":200,"request_id":"req_1","body":{"id":"chatcmpl-1","object":"chat.completion","created":1711652795,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"{\\"answer\\":4}"},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":22,"completion_tokens":5,"total_tokens":27}}},"error":null}',
  '{"id":"batch_req_2","custom_id":"row-2","response":{"status_code":400,"request_id":"req_2","body":{"error":{"message":"Invalid schema for response_format \'answer\'","type":"invalid_request_error","param":null,"code":null}}},"error":null}',
  '{"id":"batch_req_3","custom_id":"row-3","response":null,"error":{"code":"batch_expired","message":"This request could not be executed before the completion window expired."}}',
  '{"id":"batch_req_4","custom_id":"row-4","response":{"status_code":200,"request_id":"req_4","body":"{\\"id\\":\\"chatcmpl-4\\",\\"choices\\":[{\\"index\\":0,\\"message\\":{\\"role\\":\\"assist"},"error":null}',
  '{"id":"vllm-5","custom_id":"row-5","response":{"status_code":200,"request_id":"vllm-batch-5","body":{"id":"cmpl-5","object":"chat.completion","created":1,"model":"Qwen/Qwen2.5-7B-Instruct","choices":[{"index":0,"message":{"role":"assistant","content":"The answer is"},"finish_reason":"length"}],"usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}}},"error":null}',
];

async function collect(path: string): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for await (const result of readBatchResults({ path })) {
    results.push(result);
  }
  return results;
}

function errorOf(result: BatchResult | undefined): Error {
  if (result === undefined || !("error" in result)) {
    throw new Error(`expected an error result, got ${JSON.stringify(result)}`);
  }
  return result.error;
}

describe("readBatchResults", () => {
  it("reads responses and classifies every kind of failed line", async () => {
    const path = join(folder, "results.jsonl");
    await writeFile(path, `${resultLines.join("\n")}\n`);
    const results = await collect(path);
    expect(results.map((result) => result.customId)).toEqual(["row-1", "row-2", "row-3", "row-4", "row-5"]);
    expect(results[0]).toEqual({
      customId: "row-1",
      response: {
        text: '{"answer":4}',
        usage: { inputTokens: 22, outputTokens: 5 },
        finishReason: "stop",
        latencyMs: 0,
        requestId: "req_1",
      },
    });
    expect(results[4]).toMatchObject({
      customId: "row-5",
      response: { text: "The answer is", finishReason: "length" },
    });

    const rejected = errorOf(results[1]);
    expect(ModelApiCallError.isInstance(rejected)).toBe(true);
    expect(rejected).toMatchObject({
      statusCode: 400,
      isRetryable: false,
      provider: "batch",
      modelId: "unknown",
    });
    expect(rejected.message).toBe(
      `Batch request row-2 (${path} line 2) failed with HTTP 400: Invalid schema for response_format 'answer'`,
    );

    const expired = errorOf(results[2]);
    expect(LanguageModelError.isInstance(expired)).toBe(true);
    expect(expired.message).toMatch(/row-3 .*failed: batch_expired: This request could not be executed/);

    const truncated = errorOf(results[3]);
    expect(ModelResponseError.isInstance(truncated)).toBe(true);
    expect(truncated).toMatchObject({ problem: "truncated", isRetryable: false });
    expect(truncated.message).toMatch(/row-4 .*not a chat completion \(truncated\)/);
  });

  it("throws a ConversionError naming the line of a line without custom_id or a torn line", async () => {
    const path = join(folder, "bad.jsonl");
    await writeFile(path, `${resultLines[0]}\n{"id":"x","response":null}\n`);
    const missingId = await collect(path).catch((error: unknown) => error);
    expect(ConversionError.isInstance(missingId)).toBe(true);
    expect(missingId).toMatchObject({ row: 2, field: "custom_id" });

    await writeFile(path, `${resultLines[0]}\n${resultLines[4]?.slice(0, 80)}`);
    const torn = await collect(path).catch((error: unknown) => error);
    expect(ConversionError.isInstance(torn)).toBe(true);
    expect(torn).toMatchObject({ row: 2 });
  });
});
