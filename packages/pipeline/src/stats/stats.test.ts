import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConversionError, runFiles, runStatsSchema, type StageVerdict, stringifyJson } from "@apigen/core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { candidateId } from "../records/candidate-id.js";
import type { CandidateRecord } from "../records/candidate-record.js";
import { createStatsCollector, type StatsCollectorOptions } from "./create-stats-collector.js";
import { formatRunStats } from "./format-run-stats.js";
import { rebuildStats } from "./rebuild-stats.js";

const pass = (stage: StageVerdict["stage"]): StageVerdict => ({ stage, pass: true, reason: "ok" });
const fail = (stage: StageVerdict["stage"], reason: string): StageVerdict => ({ stage, pass: false, reason });
const allPass = [pass("format"), pass("execution"), pass("semantic")];
let serial = 0;
function record(overrides: Partial<CandidateRecord>): CandidateRecord {
  serial++;
  return {
    id: candidateId({ prompt: serial, candidate: 1 }),
    prompt: serial,
    promptId: "simple/concise",
    style: "simple",
    category: "Finance",
    tools: ["loan", "npv"],
    candidate: { query: `q${serial}`, answers: [{ name: "loan", arguments: { p: serial } }] },
    verdicts: allPass,
    accepted: true,
    at: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}
const records = (): CandidateRecord[] => [
  record({}),
  record({}),
  record({
    accepted: false,
    verdicts: allPass,
    duplicate: { reason: "near_duplicate_query", of: "000001.1" },
  }),
  record({ accepted: false, candidate: undefined, verdicts: [fail("format", "invalid_json")] }),
  record({
    style: "parallel",
    promptId: "parallel/casual",
    category: "Math",
    tools: ["add"],
    candidate: {
      query: "q",
      answers: [
        { name: "add", arguments: {} },
        { name: "add", arguments: {} },
      ],
    },
    accepted: false,
    verdicts: [pass("format"), fail("execution", "invalid_arguments")],
  }),
  record({
    style: "no_call",
    promptId: "no_call/plain",
    candidate: { query: "q", answers: [] },
    accepted: false,
    verdicts: [pass("format"), pass("execution"), fail("semantic", "judge_rejected")],
  }),
  record({
    style: "parallel",
    promptId: "parallel/casual",
    category: "Math",
    tools: ["add"],
    candidate: {
      query: "q",
      answers: [
        { name: "add", arguments: { a: 1 } },
        { name: "add", arguments: { a: 2 } },
      ],
    },
  }),
];
const options: StatsCollectorOptions = {
  target: { simple: 4, parallel: 2, no_call: 1 },
  seed: 7,
  sources: ["builtin: Finance, Math (28 tools)"],
  settings: { "sampling.toolsPerPrompt": "2-5" },
  models: { generator: "gpt-4o-mini", judge: "judge-model" },
  startedAt: "2026-01-01T00:00:00.000Z",
  priorWallMs: 60_000,
};
const usage = {
  generator: { calls: 7, inputTokens: 12_000, outputTokens: 3_400, cacheHits: 1, retries: 2, cost: 0.0038 },
  judge: { calls: 4, inputTokens: 5_000, outputTokens: 200, cacheHits: 0, retries: 0, cost: 0 },
};

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

  it("prints the funnel, breakdowns, reasons, models and time as aligned plain text", () => {
    const stats = createStatsCollector(options);
    for (const item of records()) {
      stats.record(item);
    }
    const text = formatRunStats(
      stats.snapshot({ status: "completed", usage, now: new Date("2026-01-01T00:11:00.000Z") }),
      {
        breakdowns: ["style", "tool"],
        top: 2,
      },
    );
    expect(text).toMatchInlineSnapshot(`
      "Run completed: 3 of 7 rows accepted

      Funnel
        generated            7
        fail format          1  14.3%
        fail execution       1  14.3%
        fail semantic        1  14.3%
        duplicates           1  14.3%
        accepted             3  42.9%
        pass rate       42.86%

      By style
        style     generated  format  execution  semantic  duplicate  accepted  pass rate  target
        simple            4       1          0         0          1         2      50.0%       4
        parallel          2       0          1         0          0         1      50.0%       2
        no_call           1       0          0         1          0         0       0.0%       1

      By tool
        tool  generated  format  execution  semantic  duplicate  accepted  pass rate
        loan          5       1          0         1          1         2      40.0%
        add           2       0          1         0          0         1      50.0%
        ... 1 more

      Top reasons
        duplicate/near_duplicate_query  1
        execution/invalid_arguments     1

      Models
        role       model        calls  cache hits  retries  input tokens  output tokens     cost
        generator  gpt-4o-mini      7           1        2        12,000          3,400  $0.0038
        judge      judge-model      4           0        0         5,000            200        -

      Time
        wall time        2m 00s
        rows per minute  1.5
        started          2026-01-01T00:00:00.000Z
        updated          2026-01-01T00:11:00.000Z
      "
    `);
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
