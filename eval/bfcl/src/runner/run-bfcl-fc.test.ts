import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJson, type ToolExecutor } from "@apigen/core";
import { createFakeLanguageModel } from "@apigen/llm/test";
import { type ApigenToolExecutor, createBuiltinSource, createToolExecutor } from "@apigen/tools";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  toJsonLines,
  triangleAreaFunction,
  writeTriangleEntries,
} from "../__fixtures__/write-triangle-entries.js";
import { runBfcl, runBfclIter } from "./run-bfcl.js";

const triangle = triangleAreaFunction("geometry.triangle_area");
const currency = {
  name: "convert_currency",
  description: "Converts an amount from one currency to another.",
  parameters: {
    type: "dict",
    properties: {
      amount: { type: "float", description: "Amount." },
      from_currency: { type: "string", description: "From." },
      to_currency: { type: "string", description: "To." },
    },
    required: ["amount", "from_currency", "to_currency"],
  },
};
const question = (id: string, content: string, functions: unknown[]) => ({
  id,
  question: [[{ role: "user", content }]],
  function: functions,
});

let root: string;
let executor: ApigenToolExecutor;
beforeAll(() => {
  executor = createToolExecutor({ sources: [createBuiltinSource({ workers: 1 })] });
});
afterAll(async () => {
  await executor.close();
});
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "bfcl-fc-"));
  const data = join(root, "data");
  await writeTriangleEntries({
    dataDir: data,
    name: triangle.name,
    count: 3,
    ask: (base) => `Area with base ${base}, height 5?`,
  });
  await writeFile(
    join(data, "BFCL_v4_irrelevance.json"),
    toJsonLines([
      question("irrelevance_0", "Who wrote Hamlet?", [triangle]),
      question("irrelevance_1", "Who painted it?", [triangle]),
    ]),
  );
  await writeFile(
    join(data, "BFCL_v4_exec_simple.json"),
    toJsonLines([
      question("exec_simple_0", "How many euros are 100 dollars?", [currency]),
      question("exec_simple_1", "Area with base 3, height 5?", [triangle]),
      question("exec_simple_2", "How many yen are 50 pounds?", [currency]),
    ]),
  );
  await writeFile(
    join(data, "possible_answer", "BFCL_v4_exec_simple.json"),
    toJsonLines([
      {
        id: "exec_simple_0",
        ground_truth: ["convert_currency(amount=100, from_currency='USD', to_currency='EUR')"],
        execution_result_type: ["real_time_match"],
      },
      {
        id: "exec_simple_1",
        ground_truth: ["geometry.triangle_area(base=3, height=5)"],
        execution_result_type: ["exact_match"],
      },
      {
        id: "exec_simple_2",
        ground_truth: ["convert_currency(amount=50, from_currency='GBP', to_currency='JPY')"],
        execution_result_type: ["real_time_match"],
      },
    ]),
  );
  return () => rm(root, { recursive: true, force: true });
});

const readLines = async (path: string) =>
  (await readFile(path, "utf8"))
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => parseJson(line) as Record<string, unknown>);

describe("runBfcl in fc mode", () => {
  it("sends the functions as tools with _ for ., reads tool calls, and writes BFCL's FC result format", async () => {
    const model = createFakeLanguageModel({
      respond: (request) => {
        const query = request.messages.at(-1)?.content ?? "";
        if (query.includes("Hamlet")) {
          return { text: "Shakespeare wrote it; no function fits." };
        }
        if (query.includes("painted")) {
          return {
            text: "",
            toolCalls: [{ name: "geometry_triangle_area", arguments: { base: 1, height: 1 } }],
          };
        }
        const base = Number(/base (\d+)/.exec(query)?.[1]);
        if (base === 2) {
          return {
            text: "",
            toolCalls: [{ name: "geometry_triangle_area", arguments: {}, rawArguments: '{"base": 2, "hei' }],
          };
        }
        return { text: "", toolCalls: [{ name: "geometry_triangle_area", arguments: { base, height: 5 } }] };
      },
    });
    const resultsDirectory = join(root, "results");
    const { tallies } = await runBfcl({
      model,
      categories: ["simple_python", "irrelevance"],
      dataDirectory: join(root, "data"),
      resultsDirectory,
      mode: "fc",
      concurrency: 1,
    });
    expect(tallies).toEqual({
      simple_python: { correct: 2, total: 3 },
      irrelevance: { correct: 1, total: 2 },
    });
    const [first] = model.requests;
    expect(first?.tools?.map((tool) => tool.name)).toEqual(["geometry_triangle_area"]);
    expect(first?.tools?.[0]?.parameters.properties?.base).toEqual({ type: "integer", description: "Base." });
    expect(first?.toolChoice).toBe("auto");
    expect(first?.messages).toEqual([{ role: "user", content: "Area with base 1, height 5?" }]);
    const folder = join(resultsDirectory, "fake-model");
    const results = await readLines(join(folder, "BFCL_v4_simple_python_result.json"));
    expect(results[0]?.result).toEqual([{ geometry_triangle_area: '{"base":1,"height":5}' }]);
    expect(results[1]?.result).toEqual([{ geometry_triangle_area: '{"base": 2, "hei' }]);
    const scores = await readLines(join(folder, "BFCL_v4_simple_python_score.json"));
    expect(scores[1]).toEqual({
      id: "simple_python_1",
      valid: false,
      error_type: "ast_decoder:decoder_failed",
    });
    const relevance = await readLines(join(folder, "BFCL_v4_irrelevance_result.json"));
    expect(relevance[0]?.result).toBe("Shakespeare wrote it; no function fits.");
  });

  it("runs the executable entries the executor covers, and skips the others", async () => {
    const model = createFakeLanguageModel({
      respond: (request) => {
        const query = request.messages.at(-1)?.content ?? "";
        const call = query.includes("euros")
          ? { name: "convert_currency", arguments: { amount: 100, from_currency: "USD", to_currency: "EUR" } }
          : { name: "convert_currency", arguments: { amount: 50, from_currency: "GBP", to_currency: "XYZ" } };
        return { text: "", toolCalls: [call] };
      },
    });
    const events = [];
    for await (const event of runBfclIter({
      model,
      categories: ["exec_simple"],
      dataDirectory: join(root, "data"),
      resultsDirectory: join(root, "results"),
      mode: "fc",
      executor,
    })) {
      events.push(event);
    }
    expect(events.at(-1)).toEqual({
      type: "category-end",
      category: "exec_simple",
      tally: { correct: 1, total: 2 },
      accuracy: 50,
      retried: 0,
      skipped: 1,
    });
    const failedEntry = events.find((event) => event.type === "entry-end" && event.id === "exec_simple_2");
    expect(failedEntry).toMatchObject({ valid: false, errorType: "executable_checker:execution_error" });
    await expect(
      runBfcl({
        model,
        categories: ["exec_simple"],
        dataDirectory: join(root, "data"),
        resultsDirectory: root,
      }),
    ).rejects.toThrow(TypeError);
  });

  it("records a failing ground truth as ground_truth_error and scores it again on the next run", async () => {
    let calls = 0;
    const model = createFakeLanguageModel({
      respond: () => {
        calls++;
        const call = {
          name: "convert_currency",
          arguments: { amount: 100, from_currency: "USD", to_currency: "EUR" },
        };
        return { text: "", toolCalls: [call] };
      },
    });
    const timingOut: ToolExecutor = {
      listTools: () => executor.listTools(),
      execute: async () => ({ status: "timeout", message: "took too long", durationMs: 1 }),
    };
    const options = {
      model,
      categories: ["exec_simple"],
      dataDirectory: join(root, "data"),
      resultsDirectory: join(root, "retry-results"),
      mode: "fc" as const,
    };
    const first = [];
    for await (const event of runBfclIter({ ...options, executor: timingOut })) {
      first.push(event);
    }
    const ended = first.filter((event) => event.type === "entry-end");
    expect(ended.map((event) => event.errorType)).toEqual(["ground_truth_error", "ground_truth_error"]);
    const asked = calls;
    const second = [];
    for await (const event of runBfclIter({ ...options, executor })) {
      second.push(event);
    }
    expect(calls).toBe(asked);
    const rescored = second.filter((event) => event.type === "entry-end");
    expect(rescored.map((event) => event.errorType)).not.toContain("ground_truth_error");
  });
});
