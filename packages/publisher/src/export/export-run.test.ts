import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  bfclAnswerToExpectedCalls,
  bfclQuestionSchema,
  bfclQuestionToTask,
  type Example,
  hermesToExample,
  openAiChatToExample,
  parseJson,
  readJsonl,
  shareGptToExample,
  xlamRowToExample,
} from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testExamples, writeTestRun } from "../__fixtures__/write-test-run.js";
import { ExportError } from "../errors/export-error.js";
import { exportRun } from "./export-run.js";

let folder = "";
let runDir = "";
const examples = testExamples();
const comparable = (example: Example) => ({
  query: example.query,
  answers: example.answers.map(({ name, arguments: args }) => ({ name, arguments: args })),
  style: example.style,
  response: example.response,
});
const readLines = async (path: string) => {
  const values: unknown[] = [];
  for await (const { value } of readJsonl(path)) {
    values.push(value);
  }
  return values;
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-export-"));
  runDir = await writeTestRun(join(folder, "run"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("exportRun", () => {
  it.each([
    ["openai", openAiChatToExample],
    ["sharegpt", shareGptToExample],
    ["hermes", hermesToExample],
  ] as const)("writes %s JSONL that core's reader turns back into the same rows", async (format, read) => {
    const out = join(folder, `${format}.jsonl`);
    const report = await exportRun({ runDir, format, out });
    expect(report).toMatchObject({ files: [out], rows: { train: examples.length }, skipped: { count: 0 } });
    const back = (await readLines(out)).map((record) => read(record));
    expect(back.map(comparable)).toEqual(examples.map(comparable));
  });

  it("writes OpenAI no-call and missing-argument rows as a plain assistant reply", async () => {
    const out = join(folder, "plain.jsonl");
    await exportRun({ runDir, format: "openai", out, extensions: false });
    const rows = (await readLines(out)) as Array<{ messages: Array<{ role: string; content: unknown }> }>;
    const noCall = rows[examples.findIndex((example) => example.style === "no_call")];
    expect(noCall?.messages.map((message) => message.role)).toEqual(["user", "assistant"]);
    expect(noCall?.messages[1]?.content).toContain("cannot book flights");
  });

  it("writes the xLAM-60k layout as a JSON array (int ids, JSON-text tools and answers) or as JSONL", async () => {
    const out = join(folder, "xlam.json");
    await exportRun({ runDir, format: "xlam", out });
    const rows = parseJson(await readFile(out, "utf8")) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(examples.length);
    expect(rows[0]).toMatchObject({ id: 0, query: "Quote AAPL for me." });
    expect(typeof rows[0]?.tools).toBe("string");
    expect(rows[0]?.answers).toBe('[{"name": "get_stock_quote", "arguments": {"symbol": "AAPL"}}]');
    expect(rows.map((row, index) => comparable(xlamRowToExample(row, { index })))).toEqual(
      examples.map(comparable),
    );
    const jsonl = join(folder, "xlam.jsonl");
    await exportRun({ runDir, format: "xlam", out: jsonl });
    expect(await readLines(jsonl)).toHaveLength(examples.length);
  });

  it("splits by the run's seed by default, as publishing does", async () => {
    const split = { test: 0.5 };
    const testIds = async (name: string, seed?: number) => {
      const out = join(folder, `${name}.jsonl`);
      const report = await exportRun({
        runDir,
        format: "openai",
        out,
        split,
        ...(seed === undefined ? {} : { seed }),
      });
      const file = report.files.find((path) => path.includes("test"));
      return file === undefined ? [] : (await readFile(file, "utf8")).split("\n").filter(Boolean);
    };
    const byDefault = await testIds("default");
    expect(byDefault).toEqual(await testIds("run-seed", 7));
    expect(await testIds("seed-0", 0)).not.toEqual(byDefault);
  });

  it("skips, names and counts rows a format cannot hold", async () => {
    const out = join(folder, "bare.json");
    const report = await exportRun({ runDir, format: "xlam", out, extensions: false });
    expect(report.skipped.count).toBe(1);
    expect(report.skipped.rows[0]).toMatchObject({ row: "row-8", split: "train" });
    expect(report.skipped.rows[0]?.reason).toMatch(/cannot say that an argument is missing/);
    expect(report.rows.train).toBe(examples.length - 1);
  });

  it("writes BFCL question and possible-answer files that BFCL's schemas and core's readers accept", async () => {
    const out = join(folder, "bfcl");
    const report = await exportRun({ runDir, format: "bfcl", out, split: { test: 0.5 }, seed: 3 });
    expect(Object.keys(report.rows)).toEqual(["train", "test"]);
    for (const split of ["train", "test"]) {
      const simple = join(out, split, "BFCL_v4_simple_python.json");
      if (!report.files.includes(simple)) {
        continue;
      }
      const questions = await readLines(simple);
      const answers = await readLines(join(out, split, "possible_answer", "BFCL_v4_simple_python.json"));
      expect(questions.length).toBe(answers.length);
      questions.forEach((question, index) => {
        expect(bfclQuestionSchema.safeParse(question).success).toBe(true);
        const task = bfclQuestionToTask(question);
        expect(bfclAnswerToExpectedCalls(answers[index]).id).toBe(task.id);
      });
    }
    const all = join(folder, "bfcl-all");
    await exportRun({ runDir, format: "bfcl", out: all });
    const irrelevance = await readLines(join(all, "BFCL_v4_irrelevance.json"));
    expect(irrelevance).toHaveLength(2);
    const parallel = await readLines(join(all, "possible_answer", "BFCL_v4_parallel.json"));
    expect(parallel[0]).toEqual({
      id: "parallel_0",
      ground_truth: [
        { get_weather: { city: ["Oslo"], unit: ["f"] } },
        { get_weather: { city: ["Rome"], unit: ["f"] } },
      ],
    });
    const simpleAnswers = await readLines(join(all, "possible_answer", "BFCL_v4_simple_python.json"));
    expect(simpleAnswers).toContainEqual({
      id: "simple_python_2",
      ground_truth: [{ get_weather: { city: ["Paris"], unit: ["c", ""] } }],
    });
  });

  it("refuses an unknown format, listing the valid ones, and an empty run", async () => {
    const error = await exportRun({ runDir, format: "csv", out: folder }).catch((caught: unknown) => caught);
    expect(ExportError.isInstance(error) && error.kind).toBe("unknown_format");
    expect((error as Error).message).toContain("xlam, openai, sharegpt, hermes, bfcl, parquet");
    await expect(
      exportRun({ runDir, format: "parquet", out: join(folder, "x.parquet") }),
    ).rejects.toMatchObject({
      kind: "invalid_output",
    });
    await expect(exportRun({ runDir, format: "openai", out: join(folder, "x.csv") })).rejects.toMatchObject({
      kind: "invalid_output",
    });
    const empty = join(folder, "empty");
    await writeTestRun(empty, []);
    await writeFile(join(empty, "accepted.jsonl"), "");
    await expect(
      exportRun({ runDir: empty, format: "openai", out: join(folder, "e.jsonl") }),
    ).rejects.toMatchObject({
      kind: "empty_run",
      message: expect.stringContaining("no accepted rows"),
    });
  });
});
