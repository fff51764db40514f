import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJson } from "@apigen/core";
import { createFakeLanguageModel } from "@apigen/llm/test";
import { beforeEach, describe, expect, it } from "vitest";
import { BfclDataMissingError } from "./bfcl-data-missing-error.js";
import { runBfcl, runBfclIter } from "./run-bfcl.js";

const triangle = {
  name: "calculate_triangle_area",
  description: "Calculate the area of a triangle given its base and height.",
  parameters: {
    type: "dict",
    properties: {
      base: { type: "integer", description: "The base of the triangle." },
      height: { type: "integer", description: "The height of the triangle." },
    },
    required: ["base", "height"],
  },
};

let dataDirectory: string;
let resultsDirectory: string;

const lines = (values: unknown[]) => values.map((value) => `${JSON.stringify(value)}\n`).join("");
const readLines = async (path: string) =>
  (await readFile(path, "utf8"))
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => parseJson(line) as Record<string, unknown>);
const resultFile = (category: string) =>
  join(resultsDirectory, "fake-model", `BFCL_v4_${category}_result.json`);
const scoreFile = (category: string) =>
  join(resultsDirectory, "fake-model", `BFCL_v4_${category}_score.json`);
const correct = (request: { messages: Array<{ content: string }> }) => {
  const base = /base of (\d+)/.exec(request.messages.at(-1)?.content ?? "")?.[1];
  return `[calculate_triangle_area(base=${base}, height=5)]`;
};

beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), "bfcl-runner-"));
  dataDirectory = join(root, "data");
  resultsDirectory = join(root, "results");
  const ids = [0, 1, 2, 3, 4, 5];
  await mkdir(join(dataDirectory, "possible_answer"), { recursive: true });
  await writeFile(
    join(dataDirectory, "BFCL_v4_simple_python.json"),
    lines(
      ids.map((index) => ({
        id: `simple_python_${index}`,
        question: [
          [{ role: "user", content: `Find the area of a triangle with a base of ${index + 1}, height 5.` }],
        ],
        function: [triangle],
      })),
    ),
  );
  await writeFile(
    join(dataDirectory, "possible_answer", "BFCL_v4_simple_python.json"),
    lines(
      ids.map((index) => ({
        id: `simple_python_${index}`,
        ground_truth: [{ calculate_triangle_area: { base: [index + 1], height: [5] } }],
      })),
    ),
  );
  await writeFile(
    join(dataDirectory, "BFCL_v4_irrelevance.json"),
    lines(
      [0, 1].map((index) => ({
        id: `irrelevance_${index}`,
        question: [[{ role: "user", content: `What is the capital of country ${index}?` }]],
        function: [triangle],
      })),
    ),
  );
  return () => rm(root, { recursive: true, force: true });
});

describe("runBfcl", () => {
  it("asks with our prompt listing the functions, scores the answers and writes BFCL's result format", async () => {
    const model = createFakeLanguageModel({
      respond: (request) => {
        const query = request.messages.at(-1)?.content ?? "";
        if (query.includes("capital")) {
          return query.includes("country 0") ? "" : "[calculate_triangle_area(base=1, height=1)]";
        }
        if (query.includes("base of 2,")) {
          return "[calculate_triangle_area(base=2)]";
        }
        if (query.includes("base of 3,")) {
          return "I am not sure (";
        }
        return { text: correct(request), usage: { inputTokens: 100, outputTokens: 7 }, latencyMs: 250 };
      },
    });
    const { scores, tallies } = await runBfcl({
      model,
      categories: ["simple_python", "irrelevance"],
      dataDirectory,
      resultsDirectory,
      concurrency: 3,
      seed: 7,
    });
    expect(tallies).toEqual({
      simple_python: { correct: 4, total: 6 },
      irrelevance: { correct: 1, total: 2 },
    });
    expect(scores.categories.simple_python).toBeCloseTo((100 * 4) / 6);
    expect(scores.irrelevanceDetection).toBeUndefined();
    expect(model.requests).toHaveLength(8);
    const [first] = model.requests;
    expect(first?.temperature).toBe(0);
    expect(first?.seed).toBe(7);
    expect(first?.messages[0]?.role).toBe("system");
    expect(first?.messages[0]?.content).toContain('"name": "calculate_triangle_area"');
    expect(first?.messages[0]?.content).toContain("keyword argument");
    const results = await readLines(resultFile("simple_python"));
    expect(results.map((row) => row.id).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `simple_python_${i}`));
    expect(results.find((row) => row.id === "simple_python_0")).toEqual({
      id: "simple_python_0",
      result: "[calculate_triangle_area(base=1, height=5)]",
      input_token_count: 100,
      output_token_count: 7,
      latency: 0.25,
    });
    const verdicts = Object.fromEntries(
      (await readLines(scoreFile("simple_python"))).map((row) => [row.id, [row.valid, row.error_type]]),
    );
    expect(verdicts.simple_python_0).toEqual([true, null]);
    expect(verdicts.simple_python_1).toEqual([false, "simple_function_checker:missing_required"]);
    expect(verdicts.simple_python_2).toEqual([false, "ast_decoder:decoder_failed"]);
    const relevance = await readLines(scoreFile("irrelevance"));
    expect(relevance.find((row) => row.id === "irrelevance_1")?.error_type).toBe(
      "irrelevance_error:decoder_success",
    );
  });

  it("resumes after a run cut short by limit and a torn line: each entry is asked once", async () => {
    const model = createFakeLanguageModel({ respond: correct });
    const first = await runBfcl({
      model,
      categories: ["simple_python"],
      dataDirectory,
      resultsDirectory,
      limit: 2,
    });
    expect(first.tallies.simple_python).toEqual({ correct: 2, total: 2 });
    await appendFile(resultFile("simple_python"), '{"id": "simple_python_2", "resu');
    const scoreLines = (await readFile(scoreFile("simple_python"), "utf8")).split("\n");
    await writeFile(scoreFile("simple_python"), `${scoreLines[0]}\n`);
    const events = [];
    for await (const event of runBfclIter({
      model,
      categories: ["simple_python"],
      dataDirectory,
      resultsDirectory,
    })) {
      events.push(event);
    }
    const asked = model.requests.map(
      (request) => /base of (\d+)/.exec(request.messages.at(-1)?.content ?? "")?.[1],
    );
    expect(asked.sort()).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(events.filter((event) => event.type === "entry-end" && event.resumed)).toHaveLength(2);
    expect(events.at(-1)).toEqual({
      type: "category-end",
      category: "simple_python",
      tally: { correct: 6, total: 6 },
      accuracy: 100,
      retried: 0,
      skipped: 0,
    });
    expect((await readLines(resultFile("simple_python"))).map((row) => row.id)).toHaveLength(6);
    expect((await readLines(scoreFile("simple_python"))).map((row) => row.id).sort()).toEqual(
      [0, 1, 2, 3, 4, 5].map((index) => `simple_python_${index}`),
    );
  });

  it("stops on abort, keeps what was answered, and a later run asks only the rest", async () => {
    const model = createFakeLanguageModel({ respond: correct });
    const controller = new AbortController();
    const seen: string[] = [];
    await expect(async () => {
      for await (const event of runBfclIter({
        model,
        categories: ["simple_python"],
        dataDirectory,
        resultsDirectory,
        concurrency: 1,
        abortSignal: controller.signal,
      })) {
        if (event.type === "entry-end") {
          seen.push(event.id);
          if (seen.length === 3) {
            controller.abort(new Error("stopped by the test"));
          }
        }
      }
    }).rejects.toThrow("stopped by the test");
    const answeredBefore = model.requests.length;
    expect(answeredBefore).toBeGreaterThanOrEqual(3);
    expect(answeredBefore).toBeLessThan(6);
    const { tallies } = await runBfcl({
      model,
      categories: ["simple_python"],
      dataDirectory,
      resultsDirectory,
    });
    expect(tallies.simple_python).toEqual({ correct: 6, total: 6 });
    expect(model.requests).toHaveLength(6);
  });

  it("records a model error as a failed entry and goes on; a later run asks only that entry again", async () => {
    const model = createFakeLanguageModel({
      respond: (request, index) => (index === 0 ? { error: new Error("server said 503") } : correct(request)),
    });
    const { tallies } = await runBfcl({
      model,
      categories: ["simple_python"],
      dataDirectory,
      resultsDirectory,
      concurrency: 1,
    });
    expect(tallies.simple_python).toEqual({ correct: 5, total: 6 });
    const scores = await readLines(scoreFile("simple_python"));
    expect(scores[0]).toEqual({ id: "simple_python_0", valid: false, error_type: "model_error" });
    const results = await readLines(resultFile("simple_python"));
    expect(results[0]?.result).toBe("Error during inference: server said 503");
    const kept = await runBfcl({
      model,
      categories: ["simple_python"],
      dataDirectory,
      resultsDirectory,
      retryErrors: false,
    });
    expect(kept.tallies.simple_python).toEqual({ correct: 5, total: 6 });
    expect(model.requests).toHaveLength(6);
    const again = await runBfcl({ model, categories: ["simple_python"], dataDirectory, resultsDirectory });
    expect(again.tallies.simple_python).toEqual({ correct: 6, total: 6 });
    expect(model.requests).toHaveLength(7);
    expect((await readLines(resultFile("simple_python"))).map((row) => row.id).sort()).toEqual(
      [0, 1, 2, 3, 4, 5].map((index) => `simple_python_${index}`),
    );
  });

  it("asks in the xLAM prompt format and decodes JSON tool calls", async () => {
    const model = createFakeLanguageModel({
      respond: (request) => {
        const base = /base of (\d+)/.exec(request.messages.at(-1)?.content ?? "")?.[1];
        return `{"tool_calls": [{"name": "calculate_triangle_area", "arguments": {"base": ${base}, "height": 5}}]}`;
      },
    });
    const { tallies } = await runBfcl({
      model,
      categories: ["simple_python"],
      dataDirectory,
      resultsDirectory,
      mode: "xlam",
      limit: 3,
    });
    expect(tallies.simple_python).toEqual({ correct: 3, total: 3 });
    const user = model.requests[0]?.messages.at(-1)?.content ?? "";
    expect(user).toContain("[BEGIN OF AVAILABLE TOOLS]");
    expect(user).toContain(
      '"base":{"type":"integer","description":"The base of the triangle.","required":true}',
    );
    expect(user).toMatch(/\[BEGIN OF QUERY\]\nFind the area of a triangle with a base of \d/);
  });

  it("says what data is missing, and rejects categories it cannot run before any I/O", async () => {
    const model = createFakeLanguageModel({ responses: [] });
    const missing = runBfcl({ model, categories: ["parallel"], dataDirectory, resultsDirectory });
    await expect(missing).rejects.toSatisfy(
      (error) =>
        BfclDataMissingError.isInstance(error) &&
        error.message.includes("BFCL_v4_parallel.json") &&
        error.message.includes("gorilla-llm/Berkeley-Function-Calling-Leaderboard"),
    );
    await expect(
      runBfcl({ model, categories: ["multi_turn_base"], dataDirectory, resultsDirectory }),
    ).rejects.toThrow(TypeError);
  });
});
