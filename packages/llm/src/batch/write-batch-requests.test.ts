import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CompletionRequest, JsonSchema } from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchCustomId } from "./batch-custom-id.js";
import { type BatchRequest, writeBatchRequests } from "./write-batch-requests.js";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-batch-write-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const answerSchema: JsonSchema = {
  type: "object",
  properties: { answer: { type: "integer" } },
  required: ["answer"],
};

const structured: CompletionRequest = {
  messages: [
    { role: "system", content: "Be brief." },
    { role: "user", content: "2+2?" },
  ],
  responseFormat: { name: "answer", schema: answerSchema },
  temperature: 0,
  seed: 7,
  maxTokens: 32,
  stop: ["\n\n"],
};

const withToolCall: CompletionRequest = {
  messages: [
    { role: "user", content: "Weather in Paris?" },
    {
      role: "assistant",
      content: "",
      toolCalls: [{ id: "call_1", name: "get_weather", arguments: { city: "Paris" } }],
    },
    { role: "tool", toolCallId: "call_1", content: '{"celsius":21}' },
  ],
  providerOptions: { batch: { top_p: 0.5 }, other: { ignored: true } },
};

async function* slowly(requests: BatchRequest[]): AsyncGenerator<BatchRequest> {
  for (const request of requests) {
    await new Promise((resolve) => setImmediate(resolve));
    yield request;
  }
}

describe("writeBatchRequests", () => {
  it("writes OpenAI Batch API lines, exactly", async () => {
    const path = join(folder, "requests.jsonl");
    const result = await writeBatchRequests({
      path,
      requests: slowly([
        { customId: "row-1", model: "gpt-4o-mini", request: structured },
        { model: "Qwen/Qwen2.5-7B-Instruct", request: withToolCall },
      ]),
    });
    expect(result).toEqual({ written: 2, duplicates: 0 });
    const lines = (await readFile(path, "utf8")).split("\n");
    expect(lines).toEqual([
      '{"custom_id":"row-1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"2+2?"}],"response_format":{"type":"json_schema","json_schema":{"name":"answer","schema":{"type":"object","properties":{"answer":{"type":"integer"}},"required":["answer"]},"strict":true}},"temperature":0,"seed":7,"max_tokens":32,"stop":["\\n\\n"]}}',
      `{"custom_id":"${batchCustomId(withToolCall, { model: "Qwen/Qwen2.5-7B-Instruct" })}","method":"POST","url":"/v1/chat/completions","body":{"model":"Qwen/Qwen2.5-7B-Instruct","messages":[{"role":"user","content":"Weather in Paris?"},{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]},{"role":"tool","tool_call_id":"call_1","content":"{\\"celsius\\":21}"}],"top_p":0.5}}`,
      "",
    ]);
  });

  it("writes a repeated request once, appends, and takes another endpoint", async () => {
    const path = join(folder, "repeated.jsonl");
    const entry = { model: "m", request: structured };
    expect(await writeBatchRequests({ path, requests: [entry, entry, entry] })).toEqual({
      written: 1,
      duplicates: 2,
    });
    await writeBatchRequests({
      path,
      requests: [{ model: "m", request: withToolCall }],
      append: true,
      endpoint: "/v1/completions",
    });
    const lines = (await readFile(path, "utf8")).trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"url":"/v1/completions"');
  });

  it("refuses two different requests under one custom_id", async () => {
    const path = join(folder, "clash.jsonl");
    await expect(
      writeBatchRequests({
        path,
        requests: [
          { customId: "same", model: "m", request: structured },
          { customId: "same", model: "m", request: withToolCall },
        ],
      }),
    ).rejects.toThrow(/Two different requests share the custom_id "same"/);
  });
});

describe("batchCustomId", () => {
  it("is a stable content hash of the wire body", () => {
    const id = batchCustomId(structured, { model: "gpt-4o-mini" });
    expect(id).toMatchInlineSnapshot(`"apigen-9b3e43604be5a6ba55c13ca695658a63"`);
    const reordered: CompletionRequest = {
      stop: ["\n\n"],
      maxTokens: 32,
      seed: 7,
      temperature: 0,
      responseFormat: {
        schema: { required: ["answer"], properties: { answer: { type: "integer" } }, type: "object" },
        name: "answer",
      },
      messages: structured.messages,
      abortSignal: new AbortController().signal,
      providerOptions: { "openai-compatible": { top_p: 1 } },
    };
    expect(batchCustomId(reordered, { model: "gpt-4o-mini" })).toBe(id);
    expect(batchCustomId({ ...structured, seed: 8 }, { model: "gpt-4o-mini" })).not.toBe(id);
    expect(batchCustomId(structured, { model: "gpt-4o" })).not.toBe(id);
    expect(
      batchCustomId({ ...structured, providerOptions: { batch: { top_p: 1 } } }, { model: "gpt-4o-mini" }),
    ).not.toBe(id);
  });
});
