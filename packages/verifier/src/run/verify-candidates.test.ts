import type { Tool, ToolExecutor } from "@apigen/core";
import { createFakeLanguageModel } from "@apigen/llm/test";
import { createBuiltinSource, createToolExecutor, findBuiltinTool } from "@apigen/tools";
import { afterAll, describe, expect, it } from "vitest";
import { formatFunnelTable } from "./format-funnel-table.js";
import { summarizeFunnel } from "./summarize-funnel.js";
import { verifyCandidates } from "./verify-candidates.js";
import type { VerifiedCandidate, VerifyRowInput } from "./verify-row.js";

const executor = createToolExecutor({ sources: [createBuiltinSource({ isolation: "in-process" })] });
afterAll(() => executor.close());
const quote = findBuiltinTool("get_stock_quote")?.tool as Tool;
const coins = findBuiltinTool("flip_coins")?.tool as Tool;

async function collect(iterable: AsyncIterable<VerifiedCandidate>) {
  const results: VerifiedCandidate[] = [];
  for await (const result of iterable) {
    results.push(result);
  }
  return results;
}

async function* stream(rows: VerifyRowInput[]) {
  for (const row of rows) {
    yield row;
  }
}

describe("verifyCandidates", () => {
  it("verifies parsed candidates and texts with several candidates, in input order", async () => {
    const results = await collect(
      verifyCandidates({
        executor,
        concurrency: 2,
        rows: stream([
          {
            id: "p",
            candidate: {
              query: "Quote",
              answers: [{ name: "get_stock_quote", arguments: { symbol: "KO" } }],
            },
            tools: [quote],
          },
          {
            id: "t",
            text: '[{"query": "a", "answers": [{"name": "flip_coins", "arguments": {"count": 2}}]}, {"query": "b", "answers": [{"name": "flip_coins", "arguments": {"count": 0}}]}]',
            tools: [coins],
            style: "simple",
          },
          { id: "x", text: "not json", tools: [coins] },
          {
            id: "e",
            candidate: {
              query: "Quote",
              answers: [{ name: "get_stock_quote", arguments: { symbol: "ZZZZ" } }],
            },
            tools: [quote],
          },
        ]),
      }),
    );
    expect(
      results.map(({ id, accepted, verdicts }) => [id, accepted, verdicts.map((verdict) => verdict.reason)]),
    ).toEqual([
      ["p", true, ["ok", "ok"]],
      ["t/1", true, ["ok", "ok"]],
      ["t/2", false, ["range_violation"]],
      ["x", false, ["invalid_json"]],
      ["e", false, ["ok", "invalid_arguments"]],
    ]);
    expect(results[0]?.records).toEqual([
      expect.objectContaining({ call: 0, name: "get_stock_quote", status: "ok" }),
    ]);
    expect(results[3]?.candidate).toBeUndefined();
  });

  it("passes its stage 2 options to the executor", async () => {
    const calls: unknown[] = [];
    const recording: ToolExecutor = {
      listTools: async () => [coins],
      execute: async (call, options) => {
        calls.push({ name: call.name, ...options });
        return { status: "ok", output: { error: "quota" }, durationMs: 1 };
      },
    };
    const rows = [
      {
        id: "r",
        candidate: { query: "q", answers: [{ name: "flip_coins", arguments: {} }] },
        tools: [coins],
      },
    ];
    const strict = await collect(verifyCandidates({ executor: recording, rows, timeoutMs: 50 }));
    expect(strict[0]?.verdicts[1]?.reason).toBe("error_payload");
    expect(calls).toEqual([{ name: "flip_coins", timeoutMs: 50 }]);
    const lenient = await collect(verifyCandidates({ executor: recording, rows, failOnErrorPayload: false }));
    expect(lenient[0]?.accepted).toBe(true);
  });

  it("sends candidates that pass stage 2, and only those, to the judge of stage 3", async () => {
    const judge = createFakeLanguageModel({
      responses: [
        { json: { thought: "Right ticker.", pass: "yes" } },
        { json: { thought: "Wrong ticker.", pass: "no" } },
      ],
    });
    const ask = (id: string, symbol: string) => ({
      id,
      candidate: {
        query: "What is Coca-Cola trading at?",
        answers: [{ name: "get_stock_quote", arguments: { symbol } }],
      },
      tools: [quote],
    });
    const results = await collect(
      verifyCandidates({
        executor,
        concurrency: 1,
        judge: { model: judge },
        rows: [ask("right", "KO"), ask("unknown", "ZZZZ"), ask("wrong", "XOM")],
      }),
    );
    expect(
      results.map(({ id, accepted, verdicts }) => [id, accepted, verdicts.map((verdict) => verdict.reason)]),
    ).toEqual([
      ["right", true, ["ok", "ok", "ok"]],
      ["unknown", false, ["ok", "invalid_arguments"]],
      ["wrong", false, ["ok", "ok", "judge_rejected"]],
    ]);
    expect(judge.requests).toHaveLength(2);
    expect(results[0]?.semantic?.judgements).toEqual([
      expect.objectContaining({ pass: true, thought: "Right ticker." }),
    ]);
    expect(summarizeFunnel(results).stages.semantic).toEqual({ failed: 1, reasons: { judge_rejected: 1 } });
  });

  it("rejects a concurrency that is not a positive integer", async () => {
    await expect(collect(verifyCandidates({ executor, rows: [], concurrency: 0 }))).rejects.toThrow(
      TypeError,
    );
  });
});

describe("summarizeFunnel and formatFunnelTable", () => {
  it("count each rejected candidate at its first failing stage, by reason", () => {
    const summary = summarizeFunnel([
      {
        accepted: true,
        verdicts: [
          { stage: "format", pass: true, reason: "ok" },
          { stage: "execution", pass: true, reason: "ok" },
        ],
      },
      { accepted: false, verdicts: [{ stage: "format", pass: false, reason: "unknown_tool" }] },
      { accepted: false, verdicts: [{ stage: "format", pass: false, reason: "type_mismatch" }] },
      { accepted: false, verdicts: [{ stage: "format", pass: false, reason: "type_mismatch" }] },
      {
        accepted: false,
        verdicts: [
          { stage: "format", pass: true, reason: "ok" },
          { stage: "execution", pass: false, reason: "timeout" },
        ],
      },
    ]);
    expect(summary).toEqual({
      total: 5,
      accepted: 1,
      passRate: 0.2,
      stages: {
        format: { failed: 3, reasons: { type_mismatch: 2, unknown_tool: 1 } },
        execution: { failed: 1, reasons: { timeout: 1 } },
        semantic: { failed: 0, reasons: {} },
      },
    });
    expect(formatFunnelTable(summary)).toMatchInlineSnapshot(`
      "candidates        5  100.0%
      failed format     3   60.0%
        type_mismatch   2   40.0%
        unknown_tool    1   20.0%
      failed execution  1   20.0%
        timeout         1   20.0%
      accepted          1   20.0%
      pass rate 20.0%
      "
    `);
    expect(summarizeFunnel([]).passRate).toBe(0);
  });
});
