import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { letterCutoffs, letterFor } from "./letter-grades.js";

/** Descriptive statistics and a grade distribution for a class's scores. */
export const summarizeClassScores = defineTool<{ scores: number[]; passing_score?: number }>({
  name: "summarize_class_scores",
  description:
    "Summarise a class's percentage scores on a test: count, mean, median, population standard deviation, minimum, maximum (2 decimals), the pass rate against a passing score, and how many students fall in each US letter grade (A 93+, A- 90+, ..., F below 60).",
  category: "Education",
  parameters: {
    type: "object",
    properties: {
      scores: {
        type: "array",
        items: { type: "number", minimum: 0, maximum: 100 },
        minItems: 1,
        maxItems: 1000,
        description: "Each student's score in percent.",
      },
      passing_score: {
        type: "number",
        minimum: 0,
        maximum: 100,
        default: 60,
        description: "Lowest passing score in percent.",
      },
    },
    required: ["scores"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      count: { type: "integer", minimum: 1 },
      mean: { type: "number" },
      median: { type: "number" },
      standard_deviation: { type: "number", minimum: 0 },
      min: { type: "number" },
      max: { type: "number" },
      pass_rate_percent: { type: "number", minimum: 0, maximum: 100 },
      grade_distribution: { type: "object", additionalProperties: { type: "integer", minimum: 0 } },
    },
    required: [
      "count",
      "mean",
      "median",
      "standard_deviation",
      "min",
      "max",
      "pass_rate_percent",
      "grade_distribution",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { scores: [95, 88, 72, 64, 91, 55, 78, 83] },
      result: {
        count: 8,
        mean: 78.25,
        median: 80.5,
        standard_deviation: 12.96,
        min: 55,
        max: 95,
        pass_rate_percent: 87.5,
        grade_distribution: {
          A: 1,
          "A-": 1,
          "B+": 1,
          B: 1,
          "B-": 0,
          "C+": 1,
          C: 0,
          "C-": 1,
          "D+": 0,
          D: 1,
          "D-": 0,
          F: 1,
        },
      },
    },
  ],
  invalidExamples: [
    { arguments: { scores: [] }, error: "$.scores must NOT have fewer than 1 items" },
    { arguments: { scores: [90, 105] }, error: "$.scores[1] must be <= 100" },
  ],
  run: ({ scores, passing_score = 60 }) => {
    const sorted = [...scores].sort((a, b) => a - b);
    const count = sorted.length;
    const mean = sorted.reduce((sum, score) => sum + score, 0) / count;
    const middle = Math.floor(count / 2);
    const median =
      count % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
    const variance = sorted.reduce((sum, score) => sum + (score - mean) ** 2, 0) / count;
    const distribution: Record<string, number> = Object.fromEntries(
      letterCutoffs.map(([, letter]) => [letter, 0]),
    );
    for (const score of sorted) {
      const letter = letterFor(score);
      distribution[letter] = (distribution[letter] ?? 0) + 1;
    }
    return {
      count,
      mean: roundTo(mean, 2, { method: "epsilon" }),
      median: roundTo(median, 2, { method: "epsilon" }),
      standard_deviation: roundTo(Math.sqrt(variance), 2, { method: "epsilon" }),
      min: sorted[0] ?? 0,
      max: sorted[count - 1] ?? 0,
      pass_rate_percent: roundTo((sorted.filter((score) => score >= passing_score).length / count) * 100, 2, {
        method: "epsilon",
      }),
      grade_distribution: distribution,
    };
  },
});
