import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CompletionResponse } from "@apigen/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createResponseCache } from "./create-response-cache.js";

const response: CompletionResponse = {
  text: "hello",
  usage: { inputTokens: 3, outputTokens: 1 },
  finishReason: "stop",
  latencyMs: 12,
  toolCalls: [{ id: "call_1", name: "f", arguments: { x: 1 } }],
};

describe("the response cache", () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), "apigen-cache-"));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("stores and reads back a response, and a new cache over the same folder sees it", async () => {
    const cache = createResponseCache({ directory });
    expect(await cache.read("abcdef0123")).toBeUndefined();
    await cache.write("abcdef0123", { ...response, cached: true });
    expect(await cache.read("abcdef0123")).toEqual(response);
    expect(await createResponseCache({ directory }).read("abcdef0123")).toEqual(response);
    expect(await readdir(join(directory, "ab"))).toEqual(["abcdef0123.json"]);
  });

  it("reads a corrupted entry as a miss and overwrites it", async () => {
    await createResponseCache({ directory }).write("00aa11bb22", response);
    await writeFile(join(directory, "00", "00aa11bb22.json"), '{"version": 1, "respo');
    const cache = createResponseCache({ directory });
    expect(await cache.read("00aa11bb22")).toBeUndefined();
    await cache.write("00aa11bb22", response);
    expect(await cache.read("00aa11bb22")).toEqual(response);
  });

  it("refuses keys that are not hex digests, so no key can name a path", async () => {
    const cache = createResponseCache({ directory });
    await expect(cache.read("../../etc/passwd")).rejects.toThrow(TypeError);
    await expect(cache.write("ABC", response)).rejects.toThrow(TypeError);
  });
});
