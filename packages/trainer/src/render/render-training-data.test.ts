import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Example,
  exampleToXlamRow,
  readJsonl,
  runFiles,
  stringifyJson,
  toPlainJson,
  writeJsonl,
} from "@apigen/core";
import { describe, expect, it } from "vitest";
import { type TrainJobSpecInput, trainJobSpecSchema } from "../spec/train-job-spec-schema.js";
import { exampleById } from "./__fixtures__/examples.js";
import { renderTrainingData } from "./render-training-data.js";

async function readRows(path: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for await (const { value } of readJsonl(path)) {
    rows.push(toPlainJson(value) as Record<string, unknown>);
  }
  return rows;
}

async function makeSources(): Promise<{
  dir: string;
  run: string;
  xlam: string;
  canonical: string;
  many: string;
}> {
  const dir = await mkdtemp(join(tmpdir(), "trainer-render-"));
  const run = join(dir, "run");
  await mkdir(run);
  await writeJsonl(join(run, runFiles.accepted), [
    exampleById("simple"),
    exampleById("parallel-multiple"),
    exampleById("missing-argument"),
  ]);
  const xlam = join(dir, "xlam.json");
  const xlamRows = [
    exampleToXlamRow({ ...exampleById("nested"), id: "7" }),
    { id: 8, query: "q", tools: "not json", answers: "[]" },
  ];
  await writeFile(xlam, stringifyJson(xlamRows));
  const canonical = join(dir, "rows.jsonl");
  const long: Example = { ...exampleById("simple"), id: "long", query: "very long ".repeat(2000) };
  await writeJsonl(canonical, [exampleById("no-call"), long]);
  const many = join(dir, "many.jsonl");
  await writeJsonl(
    many,
    Array.from({ length: 60 }, (_, index) => ({
      ...exampleById("simple"),
      id: `m${index}`,
      query: `Weather in city number ${index}?`,
    })),
  );
  return { dir, run, xlam, canonical, many };
}

const specWith = (
  data: TrainJobSpecInput["data"],
  promptFormat: TrainJobSpecInput["promptFormat"] = "xlam-v1",
) =>
  trainJobSpecSchema.parse({
    runId: "t",
    baseModel: "deepseek-ai/deepseek-coder-1.3b-instruct",
    promptFormat,
    data,
    method: { kind: "full" },
    backend: { kind: "local" },
  });

describe("renderTrainingData", () => {
  it("reads run directories, xLAM files and canonical JSONL; repeats by weight; drops long rows", async () => {
    const { dir, run, xlam, canonical } = await makeSources();
    const spec = specWith({
      sources: [{ path: run }, { path: xlam }, { path: canonical, weight: 2 }],
      heldOut: 0,
      maxLength: 1024,
    });
    const result = await renderTrainingData({ spec, outDir: join(dir, "out") });
    const train = await readRows(result.train.path);
    expect(train.map((row) => row.id)).toEqual([
      "simple",
      "parallel-multiple",
      "missing-argument",
      "7",
      "no-call",
      "no-call#1",
    ]);
    expect(result.train.rows).toBe(6);
    expect(result.eval.rows).toBe(0);
    expect(result.skipped).toEqual([
      { reason: "longer than maxLength 1024 (estimated tokens)", count: 2 },
      { reason: "xlam row not convertible", count: 1 },
    ]);
    expect(result.roundTripFailures).toEqual([]);
    const first = train[0] as { prompt: string; completion: string };
    expect(first.completion).toBe(
      '{"tool_calls":[{"name":"get_weather","arguments":{"city":"Paris"}}]}<|EOT|>',
    );
    expect(result.train.tokens).toBeGreaterThan(6 * 200);
    expect(result.train.tokens).toBe(
      train.reduce(
        (sum, row) => sum + Math.ceil((String(row.prompt) + String(row.completion)).length / 3.6),
        0,
      ),
    );
  });

  it("writes {id, messages, tools} rows for chat-template", async () => {
    const { dir, run } = await makeSources();
    const result = await renderTrainingData({
      spec: specWith({ sources: [{ path: run }], heldOut: 0 }, "chat-template"),
      outDir: join(dir, "chat"),
    });
    const rows = await readRows(result.train.path);
    expect(Object.keys(rows[0] ?? {})).toEqual(["id", "messages", "tools"]);
    expect(rows[1]?.messages).toEqual([
      { role: "user", content: exampleById("parallel-multiple").query },
      {
        role: "assistant",
        content: "",
        tool_calls: [
          {
            type: "function",
            function: { name: "convert_currency", arguments: { amount: 5, from: "USD", to: "EUR" } },
          },
          {
            type: "function",
            function: { name: "get_weather", arguments: { city: "São Paulo", units: "imperial" } },
          },
        ],
      },
    ]);
    expect(await readFile(result.train.path, "utf8")).toContain('"amount":5.0');
  });

  it("subsamples fractional weights and splits held-out rows by a seeded hash of the query, the same every time", async () => {
    const { dir, many } = await makeSources();
    const spec = specWith({ sources: [{ path: many, weight: 1.5 }], heldOut: 0.25, seed: 7 });
    const first = await renderTrainingData({ spec, outDir: join(dir, "a") });
    const second = await renderTrainingData({ spec, outDir: join(dir, "b") });
    expect(await readFile(second.train.path, "utf8")).toBe(await readFile(first.train.path, "utf8"));
    expect(await readFile(second.eval.path, "utf8")).toBe(await readFile(first.eval.path, "utf8"));
    const train = (await readRows(first.train.path)).map((row) => String(row.id));
    const held = (await readRows(first.eval.path)).map((row) => String(row.id));
    const base = (id: string) => id.replace(/#\d+$/, "");
    expect(held.length).toBeGreaterThan(5);
    expect(held.length).toBeLessThan(25);
    expect(held.every((id) => !id.includes("#"))).toBe(true);
    expect(new Set(train.map(base)).size + held.length).toBe(60);
    expect(train.filter((id) => held.includes(base(id)))).toEqual([]);
    const doubled = train.filter((id) => id.endsWith("#1")).length;
    const single = new Set(train.map(base)).size;
    expect(doubled / single).toBeGreaterThan(0.25);
    expect(doubled / single).toBeLessThan(0.75);
    const other = await renderTrainingData({
      spec: specWith({ ...spec.data, seed: 8 }),
      outDir: join(dir, "c"),
    });
    expect(await readFile(other.eval.path, "utf8")).not.toBe(await readFile(first.eval.path, "utf8"));
  });

  it("reports rows whose target does not read back, and names unreadable sources", async () => {
    const { dir } = await makeSources();
    const path = join(dir, "bracket.jsonl");
    await writeJsonl(path, [{ ...exampleById("no-call"), id: "bracket", response: "[a] or [b]?" }]);
    const result = await renderTrainingData({
      spec: specWith({ sources: [{ path }] }, "xlam-v2"),
      outDir: join(dir, "x"),
    });
    expect(result.roundTripFailures.map(({ id }) => id)).toEqual(["bracket"]);
    expect(result.train.rows + result.eval.rows).toBe(0);
    await expect(
      renderTrainingData({
        spec: specWith({ sources: [{ path: join(dir, "nope") }] }),
        outDir: join(dir, "y"),
      }),
    ).rejects.toThrow(/cannot read .*nope: ENOENT/);
    await writeFile(
      join(dir, "bad.jsonl"),
      `${stringifyJson({ query: "q", tools: [], answers: [], style: "odd" })}\n`,
    );
    await expect(
      renderTrainingData({
        spec: specWith({ sources: [{ path: join(dir, "bad.jsonl") }] }),
        outDir: join(dir, "z"),
      }),
    ).rejects.toThrow(/row 1, field style/);
  });
});
