import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Elo rating update after one game. */
export const calculateEloRating = defineTool<{
  rating_a: number;
  rating_b: number;
  result: "win" | "draw" | "loss";
  k_factor?: number;
}>({
  name: "calculate_elo_rating",
  description:
    "Update the Elo ratings of two players or teams after a game between them, as used in chess and many sports rankings. Returns each side's expected score (rounded to 4 decimals) and new rating (rounded to 1 decimal).",
  category: "Sports",
  parameters: {
    type: "object",
    properties: {
      rating_a: {
        type: "number",
        minimum: 0,
        maximum: 4000,
        description: "Current rating of player A, e.g. 1500.",
      },
      rating_b: { type: "number", minimum: 0, maximum: 4000, description: "Current rating of player B." },
      result: {
        type: "string",
        enum: ["win", "draw", "loss"],
        description: "Result from player A's point of view.",
      },
      k_factor: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        default: 32,
        description: "K-factor: the largest possible rating change.",
      },
    },
    required: ["rating_a", "rating_b", "result"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      expected_a: { type: "number" },
      expected_b: { type: "number" },
      new_rating_a: { type: "number" },
      new_rating_b: { type: "number" },
      change_a: { type: "number" },
    },
    required: ["expected_a", "expected_b", "new_rating_a", "new_rating_b", "change_a"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { rating_a: 1500, rating_b: 1500, result: "win" },
      result: { expected_a: 0.5, expected_b: 0.5, new_rating_a: 1516, new_rating_b: 1484, change_a: 16 },
    },
    {
      arguments: { rating_a: 2000, rating_b: 1600, result: "draw", k_factor: 20 },
      result: {
        expected_a: 0.9091,
        expected_b: 0.0909,
        new_rating_a: 1991.8,
        new_rating_b: 1608.2,
        change_a: -8.2,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { rating_a: 1500, rating_b: 1500, result: "won" },
      error: '$.result must be one of ["win","draw","loss"]',
    },
    {
      arguments: { rating_a: 1500, rating_b: 1500, result: "win", k_factor: 0 },
      error: "$.k_factor must be > 0",
    },
  ],
  run: ({ rating_a, rating_b, result, k_factor = 32 }) => {
    const expectedA = 1 / (1 + 10 ** ((rating_b - rating_a) / 400));
    const scoreA = result === "win" ? 1 : result === "draw" ? 0.5 : 0;
    const change = k_factor * (scoreA - expectedA);
    return {
      expected_a: roundTo(expectedA, 4),
      expected_b: roundTo(1 - expectedA, 4),
      new_rating_a: roundTo(rating_a + change, 1),
      new_rating_b: roundTo(rating_b - change, 1),
      change_a: roundTo(change, 1),
    };
  },
});
