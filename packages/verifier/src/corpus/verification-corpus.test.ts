import type { Tool } from "@apigen/core";
import { createBuiltinSource, createToolExecutor, findBuiltinTool } from "@apigen/tools";
import { afterAll, describe, expect, it } from "vitest";
import { formatFunnelTable } from "../run/format-funnel-table.js";
import { summarizeFunnel } from "../run/summarize-funnel.js";
import { verifyCandidates } from "../run/verify-candidates.js";
import type { CorpusRow } from "./corpus-row.js";
import { verificationCorpus } from "./verification-corpus.js";

const executor = createToolExecutor({ sources: [createBuiltinSource({ isolation: "in-process" })] });
afterAll(() => executor.close());

function toolsOf(row: CorpusRow): Tool[] {
  return row.tools.map((name) => {
    const builtin = findBuiltinTool(name);
    if (builtin === undefined) {
      throw new Error(`corpus row ${row.id} names ${name}, which is not a built-in tool`);
    }
    return builtin.tool;
  });
}

async function classify(rows: readonly CorpusRow[]) {
  const results = [];
  for await (const result of verifyCandidates({
    rows: rows.map((row) => ({ id: row.id, text: row.text, tools: toolsOf(row), style: row.style })),
    executor,
  })) {
    results.push(result);
  }
  return results;
}

const outcome = (result: { verdicts: { stage: string; pass: boolean; reason: string }[] }) => {
  const failure = result.verdicts.find((verdict) => !verdict.pass);
  return failure === undefined
    ? { stage: "accepted", reason: "ok" }
    : { stage: failure.stage, reason: failure.reason };
};

describe("the verification corpus", () => {
  it("is large, unique and covers every style, stage and reason it claims", () => {
    expect(verificationCorpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(verificationCorpus.map((row) => row.id)).size).toBe(verificationCorpus.length);
    const accepted = verificationCorpus.filter((row) => row.expected.stage === "accepted");
    expect(new Set(accepted.map((row) => row.style))).toEqual(
      new Set(["simple", "multiple", "parallel", "parallel_multiple", "no_call"]),
    );
    const reasons = new Set(verificationCorpus.map((row) => `${row.expected.stage}:${row.expected.reason}`));
    for (const reason of [
      "format:invalid_json",
      "format:missing_field",
      "format:unknown_tool",
      "format:unknown_argument",
      "format:type_mismatch",
      "format:missing_required",
      "format:enum_violation",
      "format:range_violation",
      "format:format_violation",
      "format:pattern_violation",
      "format:wrong_call_count",
      "execution:invalid_arguments",
      "execution:error_payload",
    ]) {
      expect(reasons).toContain(reason);
    }
  });

  it("is classified exactly by stages 1 and 2, row by row", async () => {
    const rows = verificationCorpus;
    const results = await classify(rows);
    expect(results.map((result) => result.id)).toEqual(rows.map((row) => row.id));
    const got = results.map((result) => ({ id: result.id, ...outcome(result) }));
    expect(got).toEqual(rows.map((row) => ({ id: row.id, ...row.expected })));
    const summary = summarizeFunnel(results);
    process.stdout.write(`\nverification corpus, stages 1+2:\n${formatFunnelTable(summary)}`);
    expect(summary.total).toBe(rows.length);
    expect(summary.accepted).toBe(rows.filter((row) => row.expected.stage === "accepted").length);
  });
});
