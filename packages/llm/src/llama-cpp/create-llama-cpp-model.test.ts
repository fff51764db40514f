import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CompletionRequest, isJsonInteger, isJsonObject, type JsonSchema } from "@apigen/core";
import { readGgufFileInfo } from "node-llama-cpp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LanguageModelError } from "../errors/language-model-error.js";
import type { CompletionStreamPart } from "../interfaces/streaming-language-model.js";
import { describeLanguageModelContract } from "../testing/__fixtures__/describe-language-model-contract.js";
import { createLlamaCppModel, type LlamaCppModel } from "./create-llama-cpp-model.js";
import { createTinyLlamaGguf } from "./testing/create-tiny-llama-gguf.js";

const schema: JsonSchema = {
  type: "object",
  properties: { answer: { type: "integer" } },
  required: ["answer"],
};
const ask = (extra: Partial<CompletionRequest> = {}): CompletionRequest => ({
  messages: [
    { role: "system", content: "You answer with JSON." },
    { role: "user", content: "What is 2 + 2?" },
  ],
  responseFormat: { name: "answer", schema },
  maxTokens: 48,
  ...extra,
});

let folder: string;
let modelPath: string;
let model: LlamaCppModel;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-llama-cpp-"));
  ({ path: modelPath } = await createTinyLlamaGguf({ path: join(folder, "tiny-llama.gguf"), seed: 3 }));
  // One thread: llama.cpp's spinning worker threads crawl when other processes share the cores.
  model = createLlamaCppModel({ modelPath, threads: 1, contextSize: 512 });
});
afterAll(async () => {
  await model?.dispose();
  await rm(folder, { recursive: true, force: true });
});

describe("createTinyLlamaGguf", () => {
  it("writes a GGUF v3 file that node-llama-cpp reads back", async () => {
    const info = await readGgufFileInfo(modelPath);
    expect(info.version).toBe(3);
    expect(info.metadata.general.architecture).toBe("llama");
    expect(info.metadata.tokenizer.ggml.model).toBe("llama");
    expect(info.metadata.tokenizer.chat_template).toMatch(/<\|im_start\|>/);
    expect(info.tensorInfo?.map((tensor) => tensor.name)).toContain("blk.1.ffn_down.weight");
    expect(info.tensorInfo).toHaveLength(21);
  });
});

// Generous limits: loading llama.cpp and a model takes seconds when other processes share the cores.
describe("createLlamaCppModel on a tiny random-weight model", { timeout: 60_000 }, () => {
  it("answers with JSON that matches the schema, and counts tokens", async () => {
    const response = await model.complete(ask({ temperature: 0.9, seed: 11 }));
    expect(model).toMatchObject({ provider: "llama-cpp", modelId: "tiny-llama" });
    const value = response.json;
    expect(isJsonObject(value) && Object.keys(value)).toEqual(["answer"]);
    expect(isJsonObject(value) && isJsonInteger(value.answer)).toBe(true);
    expect(response.finishReason).toBe("stop");
    expect(response.usage.inputTokens).toBeGreaterThan(0);
    expect(response.usage.outputTokens).toBeGreaterThan(0);
    expect(response.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("gives the same text for the same seed, and different texts for different seeds", async () => {
    const first = await model.complete(ask({ temperature: 1, seed: 5 }));
    const again = await model.complete(ask({ temperature: 1, seed: 5 }));
    expect(again.text).toBe(first.text);
    const texts = new Set<string>();
    for (const seed of [1, 2, 3, 4]) {
      texts.add((await model.complete(ask({ temperature: 1, seed }))).text);
    }
    expect(texts.size).toBeGreaterThan(1);
    expect(again.usage).toEqual(first.usage);
  });

  it("honours maxTokens and stop sequences", async () => {
    const { responseFormat: _, ...free } = ask({ maxTokens: 3, temperature: 1, seed: 2 });
    const short = await model.complete(free);
    expect(short.finishReason).toBe("length");
    expect(short.usage.outputTokens).toBeLessThanOrEqual(3);
    expect(short.json).toBeUndefined();

    const cut = await model.complete(ask({ stop: [":"], seed: 2, temperature: 1 }));
    expect(cut).toMatchObject({ text: '{"answer"', finishReason: "stop" });
    expect(cut.json).toBeUndefined();
  });

  it("renders a conversation with tool calls, and refuses a tool message that answers nothing", async () => {
    const response = await model.complete(
      ask({
        messages: [
          { role: "system", content: "You call tools." },
          { role: "user", content: "Weather in Paris?" },
          {
            role: "assistant",
            content: "",
            toolCalls: [{ id: "c1", name: "get_weather", arguments: { city: "Paris" } }],
          },
          { role: "tool", toolCallId: "c1", content: '{"celsius":21}' },
          { role: "user", content: "So, how warm?" },
        ],
      }),
    );
    expect(isJsonObject(response.json)).toBe(true);
    await expect(
      model.complete({ messages: [{ role: "tool", toolCallId: "nowhere", content: "{}" }] }),
    ).rejects.toThrow(/messages\[0\] is a tool message that answers no earlier tool call/);
  });

  it("streams the text it generates, and lets a reader stop early", async () => {
    const parts: CompletionStreamPart[] = [];
    for await (const part of model.stream(ask({ temperature: 1, seed: 9 }))) {
      parts.push(part);
    }
    const finish = parts.at(-1);
    expect(finish?.type).toBe("finish");
    const response = finish?.type === "finish" ? finish.response : undefined;
    const deltas = parts.flatMap((part) => (part.type === "text-delta" ? [part.delta] : []));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join("")).toBe(response?.text);
    expect(isJsonObject(response?.json)).toBe(true);
    expect(response?.text).toBe((await model.complete(ask({ temperature: 1, seed: 9 }))).text);

    for await (const part of model.stream(ask({ temperature: 1, seed: 10 }))) {
      expect(part.type).toBe("text-delta");
      break;
    }
    expect(isJsonObject((await model.complete(ask({ seed: 10 }))).json)).toBe(true);
  });

  it("downloads a model URI once into the cache, then serves concurrent requests from the cached file", async () => {
    const bytes = await readFile(modelPath);
    const requests: string[] = [];
    const host = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length });
      response.end(request.method === "HEAD" ? undefined : bytes);
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const modelUri = `http://127.0.0.1:${(host.address() as AddressInfo).port}/files/tiny-download.gguf`;
    const cacheDirectory = join(folder, "cache");
    try {
      const first = createLlamaCppModel({ modelUri, cacheDirectory, threads: 1, contextSize: 256 });
      expect(first.modelId).toBe(modelUri);
      expect(isJsonObject((await first.complete(ask({ seed: 4 }))).json)).toBe(true);
      await first.dispose();
      expect(requests.length).toBeGreaterThan(0);
      expect((await readFile(join(cacheDirectory, "tiny-download.gguf"))).equals(bytes)).toBe(true);

      requests.length = 0;
      const second = createLlamaCppModel({
        modelUri,
        cacheDirectory,
        threads: 1,
        contextSize: 256,
        sequences: 2,
      });
      try {
        const answers = await Promise.all(
          [1, 2, 3].map((seed) => second.complete(ask({ seed, temperature: 1 }))),
        );
        expect(answers.every((answer) => isJsonObject(answer.json))).toBe(true);
        const controller = new AbortController();
        controller.abort(new Error("cancelled by the caller"));
        await expect(second.complete(ask({ abortSignal: controller.signal }))).rejects.toThrow(
          "cancelled by the caller",
        );
      } finally {
        await second.dispose();
      }
      expect(requests).toEqual([]);
    } finally {
      host.closeAllConnections();
      await new Promise((resolve) => host.close(resolve));
    }
  });

  it("names the model and the file when it cannot load", async () => {
    const missing = createLlamaCppModel({ modelPath: join(folder, "absent.gguf") });
    const error = await missing.complete(ask()).catch((caught: unknown) => caught);
    expect(LanguageModelError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ provider: "llama-cpp", modelId: "absent", isRetryable: false });
    expect((error as Error).message).toMatch(/^llama-cpp model "absent": cannot load .*absent\.gguf/);

    const notGguf = join(folder, "notes.gguf");
    await writeFile(notGguf, "these are not weights");
    const broken = await createLlamaCppModel({ modelPath: notGguf })
      .complete(ask())
      .catch((caught: unknown) => caught);
    expect(LanguageModelError.isInstance(broken)).toBe(true);
    expect((broken as Error).message).toMatch(/cannot load .*notes\.gguf/);
    expect(() => createLlamaCppModel({ modelPath, sequences: 0 })).toThrow(TypeError);
  });

  it("rejects native tools before loading anything, and says to use prompt mode", async () => {
    const unloaded = createLlamaCppModel({ modelPath: join(folder, "never-loaded.gguf") });
    const tools = [{ name: "now", description: "", parameters: { type: "object" as const } }];
    const error = await unloaded.complete(ask({ tools })).catch((caught: unknown) => caught);
    expect(LanguageModelError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ provider: "llama-cpp", modelId: "never-loaded", isRetryable: false });
    expect((error as Error).message).toMatch(/no native tool calling.*prompt mode/);
    const parts: CompletionStreamPart[] = [];
    for await (const part of unloaded.stream(ask({ tools }))) {
      parts.push(part);
    }
    expect(parts).toEqual([{ type: "error", error }]);
  });
});

describeLanguageModelContract("createLlamaCppModel on a tiny random-weight model", async () => ({
  model,
  tools: "rejected",
}));
