import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type CompletionRequest,
  isJsonObject,
  type JsonSchema,
  parseJson,
  readJsonl,
  stringifyJson,
  writeJsonl,
} from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ModelApiCallError } from "../errors/model-api-call-error.js";
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from "../testing/index.js";
import { batchCustomId } from "./batch-custom-id.js";
import { BatchResultMissingError } from "./batch-result-missing-error.js";
import { createBatchModel } from "./create-batch-model.js";
import { readBatchResults } from "./read-batch-results.js";
import { writeBatchRequests } from "./write-batch-requests.js";

const model = "test-model";
let folder: string;
let server: OpenAiCompatibleServer;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-batch-model-"));
  server = await startOpenAiCompatibleServer({
    models: [model],
    script: (request) => {
      const body = request.body;
      const messages = isJsonObject(body) && Array.isArray(body.messages) ? body.messages : [];
      const last = messages.at(-1);
      const question = isJsonObject(last) && typeof last.content === "string" ? last.content : "";
      if (isJsonObject(body) && Array.isArray(body.tools)) {
        return {
          toolCalls: [
            { id: "call_q", name: "lookup", arguments: { q: question } },
            { id: "call_broken", name: "lookup", arguments: '{"q": ' },
          ],
        };
      }
      if (question.includes("refuse")) {
        return { status: 422, message: "This request is refused." };
      }
      return isJsonObject(body) && isJsonObject(body.response_format)
        ? { json: { answer: question.length } }
        : { text: `echo: ${question}`, usage: { inputTokens: 11, outputTokens: 3 } };
    },
  });
});
afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

/**
 * A batch runner like vLLM's `run_batch`: sends every line of an input file to a real server over HTTP and
 * writes the OpenAI Batch output format.
 */
async function runBatch(inputPath: string, outputPath: string): Promise<void> {
  async function* results() {
    for await (const { line, value } of readJsonl(inputPath)) {
      if (!isJsonObject(value) || typeof value.url !== "string" || typeof value.custom_id !== "string") {
        throw new Error(`bad input line ${line}`);
      }
      const response = await fetch(new URL(value.url.replace(/^\/v1\//, ""), `${server.url}/`), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: stringifyJson(value.body),
      });
      const body = parseJson(await response.text());
      yield {
        id: `batch_req_${line}`,
        custom_id: value.custom_id,
        response: { status_code: response.status, request_id: response.headers.get("x-request-id"), body },
        error: null,
      };
    }
  }
  await writeJsonl(outputPath, results());
}

const ask = (question: string, extra: Partial<CompletionRequest> = {}): CompletionRequest => ({
  messages: [{ role: "user", content: question }],
  seed: 1,
  ...extra,
});
const schema: JsonSchema = {
  type: "object",
  properties: { answer: { type: "integer" } },
  required: ["answer"],
};

describe("createBatchModel", () => {
  it("serves a whole run offline: write requests, run the batch, answer from the results", async () => {
    const requestsPath = join(folder, "requests.jsonl");
    const resultsPath = join(folder, "results.jsonl");
    const requests = [
      ask("hello"),
      ask("how long is this?", { responseFormat: { name: "length", schema } }),
      ask("please refuse"),
    ];
    await writeBatchRequests({
      path: requestsPath,
      requests: requests.map((request) => ({ model, request })),
    });
    await runBatch(requestsPath, resultsPath);
    expect(server.requests.filter((request) => request.path === "/v1/chat/completions")).toHaveLength(3);

    const batch = createBatchModel({ model, resultsPath });
    expect(batch.provider).toBe("batch");
    const plain = await batch.complete(ask("hello"));
    expect(plain).toMatchObject({
      text: "echo: hello",
      usage: { inputTokens: 11, outputTokens: 3 },
      finishReason: "stop",
      requestId: expect.stringMatching(/^req_test_/),
    });
    expect(plain.json).toBeUndefined();
    const structured = await batch.complete(
      ask("how long is this?", { responseFormat: { name: "length", schema } }),
    );
    expect(structured.json).toEqual({ answer: 17 });

    const refused = await batch.complete(ask("please refuse")).catch((error: unknown) => error);
    expect(ModelApiCallError.isInstance(refused)).toBe(true);
    expect(refused).toMatchObject({
      statusCode: 422,
      message: expect.stringMatching(/This request is refused/),
    });

    const unknown = ask("never asked");
    const missing = await batch.complete(unknown).catch((error: unknown) => error);
    expect(BatchResultMissingError.isInstance(missing)).toBe(true);
    const customId = batchCustomId(unknown, { model });
    expect(missing).toMatchObject({ customId, isRetryable: false });
    expect((missing as Error).message).toContain(`No batch result for custom_id ${customId}`);
    expect((missing as Error).message).toContain(resultsPath);
    await batch.close();
  });

  it("writes tools into the batch file and answers with the results' tool calls", async () => {
    const requestsPath = join(folder, "tool-requests.jsonl");
    const resultsPath = join(folder, "tool-results.jsonl");
    const lookup = { name: "lookup", description: "Looks up q.", parameters: { type: "object" as const } };
    const request = ask("find tea", { tools: [lookup], toolChoice: "required" });
    await writeBatchRequests({ path: requestsPath, requests: [{ model, request }] });
    const lines = [];
    for await (const line of readJsonl(requestsPath)) {
      lines.push(line.value);
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      body: { tools: [{ type: "function", function: { name: "lookup" } }], tool_choice: "required" },
    });
    await runBatch(requestsPath, resultsPath);
    const expected = [
      { id: "call_q", name: "lookup", arguments: { q: "find tea" } },
      { id: "call_broken", name: "lookup", arguments: {}, rawArguments: '{"q": ' },
    ];
    const read = [];
    for await (const result of readBatchResults({ path: resultsPath })) {
      read.push(result);
    }
    expect(read[0]).toMatchObject({
      response: { toolCalls: expected, finishReason: "tool-calls", text: "" },
    });
    const batch = createBatchModel({ model, resultsPath });
    expect((await batch.complete(request)).toolCalls).toEqual(expected);
    const other = await batch.complete(ask("find tea", { tools: [lookup] })).catch((error: unknown) => error);
    expect(BatchResultMissingError.isInstance(other)).toBe(true);
  });

  it("collects the requests it cannot answer into a pending file, each once, across runs", async () => {
    const resultsPath = join(folder, "not-yet.jsonl");
    const pendingRequestsPath = join(folder, "pending.jsonl");
    const first = createBatchModel({ model, resultsPath, pendingRequestsPath });
    const outcomes = await Promise.allSettled([
      first.complete(ask("a")),
      first.complete(ask("b")),
      first.complete(ask("a")),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected", "rejected"]);
    await first.close();

    const second = createBatchModel({ model, resultsPath, pendingRequestsPath });
    await expect(second.complete(ask("b"))).rejects.toThrow(/it was added to .*pending\.jsonl/);
    await expect(second.complete(ask("c"))).rejects.toBeInstanceOf(BatchResultMissingError);
    await second.close();

    const expectedPath = join(folder, "expected.jsonl");
    await writeBatchRequests({
      path: expectedPath,
      requests: ["a", "b", "c"].map((q) => ({ model, request: ask(q) })),
    });
    expect(await readFile(pendingRequestsPath, "utf8")).toBe(await readFile(expectedPath, "utf8"));

    await runBatch(pendingRequestsPath, resultsPath);
    const third = createBatchModel({ model, resultsPath, pendingRequestsPath });
    expect((await third.complete(ask("c"))).text).toBe("echo: c");
    await third.close();
  });

  it("says so when the results file is missing and nothing collects requests", async () => {
    const batch = createBatchModel({ model, resultsPath: join(folder, "absent.jsonl") });
    await expect(batch.complete(ask("x"))).rejects.toThrow(
      /absent\.jsonl does not exist: run the batch first/,
    );
    expect(() => createBatchModel({ model: "", results: [] })).toThrow(TypeError);
  });

  it("answers from results given in code", async () => {
    const request = ask("in memory");
    const customId = batchCustomId(request, { model });
    const response = {
      text: "ok",
      usage: { inputTokens: 1, outputTokens: 1 },
      finishReason: "stop" as const,
      latencyMs: 0,
    };
    const batch = createBatchModel({ model, results: [{ customId, response }] });
    expect((await batch.complete(request)).text).toBe("ok");
  });
});
