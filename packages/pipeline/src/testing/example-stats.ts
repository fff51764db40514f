import type { StageVerdict } from "@apigen/core";
import { candidateId } from "../records/candidate-id.js";
import type { CandidateRecord } from "../records/candidate-record.js";
import type { StatsCollectorOptions } from "../stats/create-stats-collector.js";

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
/**
 * Seven candidate records of a small finance and math run: accepted rows, a near duplicate, a format, an
 * execution and a semantic failure, a no-call row. For tests of the stats collector and of what prints stats.
 */
export const exampleStatsRecords = (): CandidateRecord[] => [
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
/** Collector options that go with {@link exampleStatsRecords}: targets, seed, sources, models, start time. */
export const exampleStatsOptions: StatsCollectorOptions = {
  target: { simple: 4, parallel: 2, no_call: 1 },
  seed: 7,
  sources: ["builtin: Finance, Math (28 tools)"],
  settings: { "sampling.toolsPerPrompt": "2-5" },
  models: { generator: "gpt-4o-mini", judge: "judge-model" },
  startedAt: "2026-01-01T00:00:00.000Z",
  priorWallMs: 60_000,
};
/** Model usage that goes with {@link exampleStatsRecords}. */
export const exampleStatsUsage = {
  generator: { calls: 7, inputTokens: 12_000, outputTokens: 3_400, cacheHits: 1, retries: 2, cost: 0.0038 },
  judge: { calls: 4, inputTokens: 5_000, outputTokens: 200, cacheHits: 0, retries: 0, cost: 0 },
};
