import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** New Elo ratings after one game. */
export const calculateMatchRatingChange = defineTool<{
  player_rating: number;
  opponent_rating: number;
  result: "win" | "draw" | "loss";
  k_factor?: number;
}>({
  name: "calculate_match_rating_change",
  description:
    "Update two players' ratings on an Elo-based ranked ladder (online games, esports, chess) after a match. Returns each player's expected score before the game (rounded to 4 decimals) and both new ratings and the rating change (rounded to 1 decimal).",
  category: "Gaming",
  parameters: {
    type: "object",
    properties: {
      player_rating: {
        type: "number",
        minimum: 0,
        maximum: 4000,
        description: "The player's rating before the game.",
      },
      opponent_rating: {
        type: "number",
        minimum: 0,
        maximum: 4000,
        description: "The opponent's rating before the game.",
      },
      result: {
        type: "string",
        enum: ["win", "draw", "loss"],
        description: "The game's result from the player's side.",
      },
      k_factor: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        default: 32,
        description: "Maximum rating change per game (FIDE uses 40, 20 or 10; many ladders 32).",
      },
    },
    required: ["player_rating", "opponent_rating", "result"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      player_expected_score: { type: "number", minimum: 0, maximum: 1 },
      opponent_expected_score: { type: "number", minimum: 0, maximum: 1 },
      player_new_rating: { type: "number" },
      opponent_new_rating: { type: "number" },
      rating_change: { type: "number" },
    },
    required: [
      "player_expected_score",
      "opponent_expected_score",
      "player_new_rating",
      "opponent_new_rating",
      "rating_change",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { player_rating: 1500, opponent_rating: 1500, result: "win" },
      result: {
        player_expected_score: 0.5,
        opponent_expected_score: 0.5,
        player_new_rating: 1516,
        opponent_new_rating: 1484,
        rating_change: 16,
      },
    },
    {
      arguments: { player_rating: 1400, opponent_rating: 1800, result: "draw", k_factor: 20 },
      result: {
        player_expected_score: 0.0909,
        opponent_expected_score: 0.9091,
        player_new_rating: 1408.2,
        opponent_new_rating: 1791.8,
        rating_change: 8.2,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { player_rating: 1500, opponent_rating: 1500, result: "forfeit" },
      error: "$.result must be one of",
    },
    {
      arguments: { player_rating: -5, opponent_rating: 1500, result: "win" },
      error: "$.player_rating must be >= 0",
    },
  ],
  run: ({ player_rating, opponent_rating, result, k_factor = 32 }) => {
    const expected = 1 / (1 + 10 ** ((opponent_rating - player_rating) / 400));
    const score = result === "win" ? 1 : result === "draw" ? 0.5 : 0;
    const change = k_factor * (score - expected);
    return {
      player_expected_score: roundTo(expected, 4),
      opponent_expected_score: roundTo(1 - expected, 4),
      player_new_rating: roundTo(player_rating + change, 1),
      opponent_new_rating: roundTo(opponent_rating - change, 1),
      rating_change: roundTo(change, 1),
    };
  },
});
