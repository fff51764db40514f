import { describe, expect, it } from "vitest";
import { type CategoryTally, scoreCategories } from "./score-categories.js";

const tally = (correct: number, total = 100): CategoryTally => ({ correct, total });

describe("scoreCategories", () => {
  it("reproduces a published overall score from its parts", () => {
    // Claude-Opus-4-5 (FC) on the V4 leaderboard: Non-Live 88.58, Live 79.79, Irrelevance 84.72,
    // Multi-Turn 68.38, Web Search 84.50, Memory 73.76 → Overall 77.47.
    const scores = scoreCategories({
      simple_python: tally(8858, 10000),
      simple_java: tally(8858, 10000),
      simple_javascript: tally(8858, 10000),
      multiple: tally(8858, 10000),
      parallel: tally(8858, 10000),
      parallel_multiple: tally(8858, 10000),
      live_simple: tally(7979, 10000),
      live_multiple: tally(7979, 10000),
      live_parallel: tally(7979, 10000),
      live_parallel_multiple: tally(7979, 10000),
      irrelevance: tally(8472, 10000),
      live_irrelevance: tally(8472, 10000),
      multi_turn_base: tally(6838, 10000),
      multi_turn_miss_func: tally(6838, 10000),
      multi_turn_miss_param: tally(6838, 10000),
      multi_turn_long_context: tally(6838, 10000),
      web_search_base: tally(8450, 10000),
      web_search_no_snippet: tally(8450, 10000),
      memory_kv: tally(7376, 10000),
      memory_vector: tally(7376, 10000),
      memory_rec_sum: tally(7376, 10000),
    });
    expect(Math.abs((scores.overall ?? 0) - 77.47)).toBeLessThan(0.01);
    expect(scores.agentic).toBeCloseTo((84.5 + 73.76) / 2, 6);
  });

  it("averages Simple AST and Non-Live without weights, and pools Live by entry count", () => {
    const scores = scoreCategories({
      simple_python: tally(400, 400),
      simple_java: tally(50, 100),
      simple_javascript: tally(0, 50),
      multiple: tally(100, 200),
      parallel: tally(200, 200),
      parallel_multiple: tally(0, 200),
      live_simple: tally(258, 258),
      live_multiple: tally(0, 1053),
      live_parallel: tally(16, 16),
      live_parallel_multiple: tally(0, 24),
    });
    expect(scores.nonLiveSimpleAst).toBeCloseTo(50, 6);
    expect(scores.nonLiveAst).toBeCloseTo((50 + 50 + 100 + 0) / 4, 6);
    expect(scores.live).toBeCloseTo((100 * (258 + 16)) / (258 + 1053 + 16 + 24), 6);
  });

  it("shows columns whose categories were not scored as missing, never as zero", () => {
    const scores = scoreCategories({ simple_python: tally(90), multiple: tally(80) });
    expect(scores.categories.simple_python).toBe(90);
    expect(scores.categories.parallel).toBeUndefined();
    expect(scores.nonLiveSimpleAst).toBeUndefined();
    expect(scores.nonLiveAst).toBeUndefined();
    expect(scores.live).toBeUndefined();
    expect(scores.overall).toBeUndefined();
    expect(scoreCategories({ live_relevance: tally(0, 16) }).relevanceDetection).toBe(0);
  });
});
