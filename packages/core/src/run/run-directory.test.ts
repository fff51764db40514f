import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConversionError } from "../errors/conversion-error.js";
import { stringifyJson } from "../json/stringify-json.js";
import type { Example } from "../schemas/example.js";
import { readRunExamples, readRunStats, runFiles } from "./run-directory.js";
import type { RunStats } from "./run-stats.js";

const row: Example = {
  id: "000001.1",
  query: "Is 97 prime?",
  tools: [{ name: "check_prime_number", description: "Test a number.", parameters: { type: "object" } }],
  answers: [{ name: "check_prime_number", arguments: { n: 97 } }],
  style: "simple",
};

const funnel = {
  generated: 3,
  accepted: 1,
  failed: { format: 1, execution: 0, semantic: 1, duplicate: 0 },
  passRate: 1 / 3,
  reasons: { "format/unknown_tool": 1, "semantic/judge_rejected": 1 },
};

const stats: RunStats = {
  status: "completed",
  target: { total: 1, byStyle: { simple: 1 } },
  funnel,
  byStyle: { simple: funnel },
  byCategory: {},
  byTool: {},
  byPrompt: {},
  usage: { generator: { model: "m", calls: 2, inputTokens: 10, outputTokens: 5, cacheHits: 0, retries: 0 } },
  sources: ["builtin: Math (1 tool)"],
  seed: 1,
  settings: { "sampling.toolsPerPrompt": "2-5" },
  timing: {
    startedAt: "2026-11-23T00:00:00Z",
    updatedAt: "2026-11-23T00:01:00Z",
    wallMs: 60_000,
    rowsPerMinute: 1,
  },
};

describe("the run directory", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "apigen-run-dir-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("streams accepted rows, skipping a torn last line", async () => {
    await writeFile(join(dir, runFiles.accepted), `${stringifyJson(row)}\n{"id": "000002.1", "que`);
    const rows: Example[] = [];
    for await (const example of readRunExamples(dir)) {
      rows.push(example);
    }
    expect(rows).toEqual([row]);
  });

  it("names the line and field of a row that is not an Example", async () => {
    await writeFile(
      join(dir, runFiles.accepted),
      `${stringifyJson(row)}\n${stringifyJson({ ...row, style: "odd" })}\n`,
    );
    const read = async () => {
      for await (const _ of readRunExamples(dir)) {
        // drain
      }
    };
    await expect(read()).rejects.toThrow(ConversionError);
    await expect(read()).rejects.toThrow(/row 2, field style/);
  });

  it("reads stats.json, and says what to do when it is missing or malformed", async () => {
    await expect(readRunStats(dir)).rejects.toThrow(/is .* a run directory/);
    await writeFile(join(dir, runFiles.stats), stringifyJson(stats));
    expect(await readRunStats(dir)).toEqual(stats);
    await writeFile(
      join(dir, runFiles.stats),
      stringifyJson({ ...stats, funnel: { ...funnel, accepted: -1 } }),
    );
    await expect(readRunStats(dir)).rejects.toThrow(/field funnel\.accepted/);
  });
});
