import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testExamples, writeTestRun } from "../__fixtures__/write-test-run.js";
import { exportRun } from "./export-run.js";

let folder = "";
let runDir = "";
const examples = testExamples();

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-parquet-"));
  runDir = await writeTestRun(join(folder, "run"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("exportRun --format parquet", () => {
  it("removes the shards of an earlier export's other splits", async () => {
    const out = join(folder, "resplit");
    await exportRun({ runDir, format: "parquet", out, split: { test: 0.5 }, seed: 1 });
    expect((await readdir(join(out, "data"))).some((name) => name.startsWith("test-"))).toBe(true);
    await exportRun({ runDir, format: "parquet", out });
    expect((await readdir(join(out, "data"))).every((name) => name.startsWith("train-"))).toBe(true);
  });

  it("writes Hub-named shards that hyparquet reads back with canonical and provenance columns", async () => {
    const out = join(folder, "sharded");
    const report = await exportRun({ runDir, format: "parquet", out, shardRows: 5 });
    expect(await readdir(join(out, "data"))).toEqual([
      "train-00000-of-00003.parquet",
      "train-00001-of-00003.parquet",
      "train-00002-of-00003.parquet",
    ]);
    expect(report.rows).toEqual({ train: examples.length });
    const rows = [];
    for (const path of report.files) {
      rows.push(...(await parquetReadObjects({ file: await asyncBufferFromFile(path) })));
    }
    expect(rows).toHaveLength(examples.length);
    expect(rows[0]).toMatchObject({
      id: "row-0",
      query: "Quote AAPL for me.",
      style: "simple",
      category: "Finance",
      response: null,
      generator_model: "gen-model-7b",
      judge_model: "judge-model-70b",
      prompt_id: "concise",
      seed: 1000n,
      created_at: "2026-01-01T00:00:00Z",
    });
    expect(rows[0]?.answers).toBe('[{"name":"get_stock_quote","arguments":{"symbol":"AAPL"}}]');
    expect(String(rows[0]?.verdicts)).toContain('"stage":"semantic"');
    expect(rows[8]).toMatchObject({
      style: "missing_argument",
      response: "How many dollars should I convert?",
    });

    const again = await exportRun({ runDir, format: "parquet", out, shardRows: 50 });
    expect(again.files.map((path) => path.slice(out.length))).toEqual(["/data/train-00000-of-00001.parquet"]);
    expect(await readdir(join(out, "data"))).toEqual(["train-00000-of-00001.parquet"]);
  });

  it("is readable by DuckDB, split into train and test shards", async () => {
    const out = join(folder, "split");
    const report = await exportRun({ runDir, format: "parquet", out, split: { test: 0.3 }, seed: 1 });
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll(
        `SELECT style, count(*)::INTEGER AS n FROM read_parquet('${join(out, "data", "*.parquet")}') GROUP BY style ORDER BY style`,
      );
      const counts = Object.fromEntries(
        reader.getRowObjects().map((row) => [String(row.style), Number(row.n)]),
      );
      const expected: Record<string, number> = {};
      for (const example of examples) {
        expected[example.style] = (expected[example.style] ?? 0) + 1;
      }
      expect(counts).toEqual(expected);
      const test = await connection.runAndReadAll(
        `SELECT count(*)::INTEGER AS n FROM read_parquet('${join(out, "data", "test-*.parquet")}')`,
      );
      expect(Number(test.getRowObjects()[0]?.n)).toBe(report.rows.test);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
