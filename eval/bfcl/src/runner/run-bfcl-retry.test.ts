import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJson } from "@apigen/core";
import { createOpenAiCompatibleModel } from "@apigen/llm";
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from "@apigen/llm/test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeTriangleEntries } from "../__fixtures__/write-triangle-entries.js";
import type { BfclRunEvent } from "./bfcl-run-event.js";
import { runBfclIter } from "./run-bfcl.js";

const ids = [0, 1, 2, 3, 4];
let root: string;
let server: OpenAiCompatibleServer | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "bfcl-retry-"));
  await writeTriangleEntries({
    dataDir: join(root, "data"),
    name: "calculate_triangle_area",
    count: ids.length,
    ask: (base) => `base ${base}`,
  });
});
afterEach(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

const baseOf = (body: unknown) => {
  const messages = (body as { messages: Array<{ content: string }> }).messages;
  return Number(/^base (\d+)$/.exec(messages.at(-1)?.content ?? "")?.[1]);
};

describe("retrying entries that failed with model_error", () => {
  it("asks a second run only the entries the server failed on, and counts them", async () => {
    let failing = true;
    server = await startOpenAiCompatibleServer({
      script: (request) => {
        const base = baseOf(request.body);
        return failing && (base === 2 || base === 4)
          ? { status: 500, message: "the GPU fell over" }
          : { text: `[calculate_triangle_area(base=${base}, height=5)]` };
      },
    });
    const model = createOpenAiCompatibleModel({ baseURL: server.url, model: "test-model" });
    const options = {
      model,
      categories: ["simple_python"],
      dataDirectory: join(root, "data"),
      resultsDirectory: join(root, "results"),
      concurrency: 2,
    };
    const drain = async () => {
      const events: BfclRunEvent[] = [];
      for await (const event of runBfclIter(options)) {
        events.push(event);
      }
      return events;
    };
    const first = await drain();
    expect(first.at(-1)).toMatchObject({ tally: { correct: 3, total: 5 }, retried: 0 });
    const errors = first.filter((event) => event.type === "entry-end" && event.errorType === "model_error");
    expect(errors.map((event) => (event.type === "entry-end" ? event.id : "")).sort()).toEqual([
      "simple_python_1",
      "simple_python_3",
    ]);
    const askedFirst = server.requests.length;
    expect(askedFirst).toBe(5);

    failing = false;
    const second = await drain();
    expect(second.at(-1)).toMatchObject({ tally: { correct: 5, total: 5 }, retried: 2 });
    const asked = server.requests.slice(askedFirst).map((request) => baseOf(request.body));
    expect(asked.sort()).toEqual([2, 4]);
    expect(second.filter((event) => event.type === "entry-end" && event.retried)).toHaveLength(2);
    const folder = join(root, "results", "test-model");
    const results = (await readFile(join(folder, "BFCL_v4_simple_python_result.json"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => parseJson(line) as { id: string; result: string });
    expect(results.map((row) => row.id).sort()).toEqual(ids.map((index) => `simple_python_${index}`));
    expect(results.every((row) => !row.result.startsWith("Error during inference"))).toBe(true);

    const third = await drain();
    expect(third.at(-1)).toMatchObject({ tally: { correct: 5, total: 5 }, retried: 0 });
    expect(server.requests).toHaveLength(askedFirst + 2);
  });
});
