import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConversionError, runFiles, runStatsSchema, stringifyJson } from "@apigen/core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  exampleStatsOptions as options,
  exampleStatsRecords as records,
  exampleStatsUsage as usage,
} from "../testing/example-stats.js";
import { createStatsCollector } from "./create-stats-collector.js";
import { rebuildStats } from "./rebuild-stats.js";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-01-01T00:10:00.000Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createStatsCollector", () => {
  it("counts the funnel, the breakdowns and the reasons", () => {
    const stats = createStatsCollector(options);
    for (const item of records()) {
      stats.record(item);
    }
    expect([stats.accepted(), stats.accepted("parallel"), stats.accepted("no_call")]).toEqual([3, 1, 0]);
    const snapshot = stats.snapshot({ status: "running", usage, now: new Date("2026-01-01T00:11:00.000Z") });
    expect(runStatsSchema.parse(snapshot)).toEqual(snapshot);
    expect(snapshot.funnel).toEqual({
      generated: 7,
      accepted: 3,
      failed: { format: 1, execution: 1, semantic: 1, duplicate: 1 },
      passRate: 3 / 7,
      reasons: {
        "duplicate/near_duplicate_query": 1,
        "execution/invalid_arguments": 1,
        "format/invalid_json": 1,
        "semantic/judge_rejected": 1,
      },
    });
    expect(Object.keys(snapshot.byTool)).toEqual(["add", "loan", "npv"]);
    expect(snapshot.byTool.add).toMatchObject({ generated: 2, accepted: 1 });
    // The no-call row and the unparsed one count for the tools offered; the others for the tools called.
    expect(snapshot.byTool.loan).toMatchObject({ generated: 5, accepted: 2 });
    expect(snapshot.byTool.npv).toMatchObject({ generated: 2, accepted: 0 });
    expect(snapshot.byStyle.simple).toMatchObject({ generated: 4, accepted: 2 });
    expect(snapshot.byPrompt["parallel/casual"]).toMatchObject({ generated: 2, accepted: 1 });
    expect(snapshot.target).toEqual({ total: 7, byStyle: { simple: 4, parallel: 2, no_call: 1 } });
    expect(snapshot.timing).toEqual({
      startedAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:11:00.000Z",
      wallMs: 120_000,
      rowsPerMinute: 1.5,
    });
    expect(snapshot.usage.judge).toEqual({
      model: "judge-model",
      calls: 4,
      inputTokens: 5000,
      outputTokens: 200,
      cacheHits: 0,
      retries: 0,
    });
  });
});

describe("rebuildStats", () => {
  let runDir: string;
  beforeAll(async () => {
    runDir = await mkdtemp(join(tmpdir(), "apigen-stats-"));
  });
  afterAll(async () => {
    await rm(runDir, { recursive: true, force: true });
  });

  it("replays candidates.jsonl, ignoring a torn last line", async () => {
    expect((await rebuildStats(runDir, options)).accepted()).toBe(0);
    const path = join(runDir, runFiles.candidates);
    await writeFile(
      path,
      records()
        .map((item) => `${stringifyJson(item)}\n`)
        .join(""),
    );
    await appendFile(path, '{"id": "000099.1", "prompt": 9');
    const stats = await rebuildStats(runDir, options);
    const snapshot = stats.snapshot({ status: "running", usage });
    expect(snapshot.funnel).toMatchObject({ generated: 7, accepted: 3 });
    expect(snapshot.timing.wallMs).toBe(60_000);
  });

  it("names a line that is not a candidate record", async () => {
    await writeFile(join(runDir, runFiles.candidates), '{"id": "1", "prompt": 0}\n');
    const error = await rebuildStats(runDir, options).catch((reason: unknown) => reason);
    expect(ConversionError.isInstance(error)).toBe(true);
    expect(String(error)).toContain("row 1");
  });
});
