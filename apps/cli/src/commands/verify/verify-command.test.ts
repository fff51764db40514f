import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isJsonObject, parseJson, stringifyJson } from "@apigen/core";
import { startOpenAiCompatibleServer } from "@apigen/llm/test";
import { findBuiltinTool } from "@apigen/tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runApigen } from "../../testing/run-apigen.js";

let folder = "";
const file = (name: string) => join(folder, name);
const lines = (rows: unknown[]) => `${rows.map((row) => stringifyJson(row)).join("\n")}\n`;
const call = (name: string, args: object) => ({ name, arguments: args });
const readVerdicts = async (path: string) =>
  (await readFile(path, "utf8"))
    .trim()
    .split("\n")
    .map((line) => {
      const value = parseJson(line);
      if (!isJsonObject(value)) {
        throw new Error("a verdict line is not an object");
      }
      return value;
    });

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "apigen-verify-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("apigen verify", () => {
  it("verifies canonical rows, writes one verdict per row and prints the funnel", async () => {
    const quoteTool = findBuiltinTool("get_stock_quote")?.tool;
    await writeFile(
      file("canonical.jsonl"),
      lines([
        {
          id: "a",
          query: "Quote AAPL",
          answers: [call("get_stock_quote", { symbol: "AAPL" })],
          tools: ["get_stock_quote"],
          style: "simple",
        },
        {
          id: "b",
          query: "Quote MSFT",
          answers: [call("get_stock_quote", { symbol: "MSFT" })],
          tools: [quoteTool],
        },
        {
          id: "c",
          query: "Quote zzzz",
          answers: [call("get_stock_quote", { symbol: "zzzz" })],
          tools: ["get_stock_quote"],
        },
        {
          id: "d",
          query: "Quote ZZZZ",
          answers: [call("get_stock_quote", { symbol: "ZZZZ" })],
          tools: ["get_stock_quote"],
        },
        { id: "e", answers: [], tools: ["flip_coins"] },
        {
          id: "f",
          query: "Two quotes",
          answers: [call("get_stock_quote", { symbol: "AAPL" })],
          tools: ["get_stock_quote"],
          style: "parallel",
        },
      ]),
    );
    const { code, stdout, stderr } = await runApigen(
      "verify",
      file("canonical.jsonl"),
      "--out",
      file("verdicts.jsonl"),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^candidates\s+6\s+100\.0%$/m);
    expect(stdout).toMatch(/^failed format\s+3\s+50\.0%$/m);
    expect(stdout).toMatch(/^ {2}pattern_violation\s+1\s/m);
    expect(stdout).toMatch(/^ {2}missing_field\s+1\s/m);
    expect(stdout).toMatch(/^ {2}wrong_call_count\s+1\s/m);
    expect(stdout).toMatch(/^failed execution\s+1\s+16\.7%$/m);
    expect(stdout).toMatch(/^ {2}invalid_arguments\s+1\s/m);
    expect(stdout).toMatch(/^accepted\s+2\s+33\.3%$/m);
    expect(stdout).toContain("pass rate 33.3%");
    const verdicts = await readVerdicts(file("verdicts.jsonl"));
    expect(verdicts.map((verdict) => [verdict.id, verdict.accepted])).toEqual([
      ["a", true],
      ["b", true],
      ["c", false],
      ["d", false],
      ["e", false],
      ["f", false],
    ]);
    expect(verdicts[2]?.verdicts).toEqual([
      expect.objectContaining({
        stage: "format",
        pass: false,
        reason: "pattern_violation",
        path: "$.answers[0].arguments.symbol",
      }),
    ]);
    expect(verdicts[3]?.verdicts).toEqual([
      expect.objectContaining({ stage: "format", pass: true }),
      expect.objectContaining({ stage: "execution", pass: false, reason: "invalid_arguments" }),
    ]);
    expect(verdicts[0]?.records).toEqual([
      expect.objectContaining({ name: "get_stock_quote", status: "ok" }),
    ]);
  });

  it("reads xLAM-60k rows; a tool that is not built in fails execution as unknown_tool", async () => {
    const tools = (name: string) =>
      stringifyJson([
        {
          name,
          description: "Quote a ticker.",
          parameters: { symbol: { type: "str", description: "Ticker." } },
        },
      ]);
    await writeFile(
      file("xlam.jsonl"),
      lines([
        {
          id: 1,
          query: "Quote AAPL",
          answers: stringifyJson([call("get_stock_quote", { symbol: "AAPL" })]),
          tools: tools("get_stock_quote"),
        },
        {
          id: 2,
          query: "Quote AAPL",
          answers: stringifyJson([call("stock_quote_v2", { symbol: "AAPL" })]),
          tools: tools("stock_quote_v2"),
        },
        {
          id: 3,
          query: "Quote AAPL",
          answers: stringifyJson([call("other_tool", { symbol: "AAPL" })]),
          tools: tools("stock_quote_v2"),
        },
      ]),
    );
    const { code, stdout } = await runApigen(
      "verify",
      file("xlam.jsonl"),
      "--format",
      "xlam",
      "--json",
      "--out",
      file("xlam-verdicts.jsonl"),
    );
    expect(code).toBe(0);
    const summary = parseJson(stdout);
    expect(summary).toEqual({
      total: 3,
      accepted: 1,
      passRate: 1 / 3,
      stages: {
        format: { failed: 1, reasons: { unknown_tool: 1 } },
        execution: { failed: 1, reasons: { unknown_tool: 1 } },
        semantic: { failed: 0, reasons: {} },
      },
    });
    const verdicts = await readVerdicts(file("xlam-verdicts.jsonl"));
    expect(verdicts.map((verdict) => verdict.id)).toEqual(["1", "2", "3"]);
  });

  it("tells an xLAM row from a canonical one without --format", async () => {
    const tools = stringifyJson([
      { name: "flip_coins", description: "Flip.", parameters: { count: { type: "int", description: "n" } } },
    ]);
    await writeFile(
      file("mixed.jsonl"),
      lines([{ id: 9, query: "Flip 2", answers: stringifyJson([call("flip_coins", { count: 2 })]), tools }]),
    );
    const { code, stdout } = await runApigen("verify", file("mixed.jsonl"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^accepted\s+1\s+100\.0%$/m);
  });

  it("runs stage 3 with a judge at an OpenAI-compatible server, only for candidates that passed stage 2", async () => {
    const server = await startOpenAiCompatibleServer({
      script: (request) => {
        const approve = stringifyJson(request.body).includes("Quote AAPL");
        return {
          json: { thought: approve ? "Right call." : "Wrong company.", pass: approve ? "yes" : "no" },
        };
      },
    });
    try {
      await writeFile(
        file("judged.jsonl"),
        lines([
          {
            id: "good",
            query: "Quote AAPL",
            answers: [call("get_stock_quote", { symbol: "AAPL" })],
            tools: ["get_stock_quote"],
          },
          {
            id: "wrong",
            query: "Quote Coca-Cola",
            answers: [call("get_stock_quote", { symbol: "XOM" })],
            tools: ["get_stock_quote"],
          },
          {
            id: "broken",
            query: "Quote AAPL",
            answers: [call("get_stock_quote", { symbol: 5 })],
            tools: ["get_stock_quote"],
          },
        ]),
      );
      const { code, stdout, stderr } = await runApigen(
        "verify",
        file("judged.jsonl"),
        "--judge-model",
        "test-model",
        "--judge-base-url",
        server.url,
        "--out",
        file("judged-verdicts.jsonl"),
      );
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toMatch(/^failed semantic\s+1\s/m);
      expect(stdout).toMatch(/^ {2}judge_rejected\s+1\s/m);
      expect(stdout).toMatch(/^accepted\s+1\s/m);
      expect(server.requests.filter((request) => request.path === "/v1/chat/completions")).toHaveLength(2);
      const verdicts = await readVerdicts(file("judged-verdicts.jsonl"));
      expect(verdicts[0]?.semantic).toMatchObject({ judgements: [{ pass: true, thought: "Right call." }] });
      expect(verdicts[2]?.semantic).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it("exits 2 when only one of --judge-model and --judge-base-url is given", async () => {
    const { code, stderr } = await runApigen("verify", file("canonical.jsonl"), "--judge-model", "m");
    expect(code).toBe(2);
    expect(stderr).toContain("--judge-model and --judge-base-url go together");
  });

  it("exits 1 naming the line of a row that is not JSON", async () => {
    const good = { query: "Flip", answers: [call("flip_coins", {})], tools: ["flip_coins"] };
    await writeFile(file("broken.jsonl"), `${stringifyJson(good)}\n{"query": "oops",\n`);
    const { code, stderr } = await runApigen("verify", file("broken.jsonl"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.jsonl line 2: not valid JSON \(Invalid JSON at column \d+/);
  });

  it("exits 1 naming the line and a close name for an unknown built-in tool", async () => {
    await writeFile(file("unknown.jsonl"), lines([{ query: "Flip", answers: [], tools: ["flip_coin"] }]));
    const { code, stderr } = await runApigen("verify", file("unknown.jsonl"));
    expect(code).toBe(1);
    expect(stderr).toContain(
      "unknown.jsonl line 1: 'flip_coin' is not a built-in tool (did you mean flip_coins",
    );
  });

  it("exits 1 for a missing file and 2 for a bad option", async () => {
    expect((await runApigen("verify", file("absent.jsonl"))).code).toBe(1);
    expect((await runApigen("verify", file("canonical.jsonl"), "--format", "csv")).code).toBe(2);
    expect((await runApigen("verify", file("canonical.jsonl"), "--timeout-ms", "0")).code).toBe(2);
  });

  it("documents every option in its help", async () => {
    const { code, stdout } = await runApigen("verify", "--help");
    expect(code).toBe(0);
    for (const option of [
      "--out <file>",
      "--format <format>",
      "--seed <n>",
      "--timeout-ms <n>",
      "--json",
      "--judge-model <id>",
      "--judge-base-url <url>",
      "--judge-api-key-env <var>",
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain("unknown_tool");
  });
});
