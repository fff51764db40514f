import { defineTool } from "../define-tool.js";
import { type Match, tabulate } from "./league-table.js";

/** League table from a list of results. */
export const buildLeagueTable = defineTool<{
  matches: Match[];
  points_for_win?: number;
  points_for_draw?: number;
}>({
  name: "build_league_table",
  description:
    "Build a league table from match results, ranking teams by points, then goal difference, then goals scored, then name. Returns one row per team with played, won, drawn, lost, goals for and against, goal difference and points.",
  category: "Sports",
  parameters: {
    type: "object",
    properties: {
      matches: {
        type: "array",
        minItems: 1,
        maxItems: 1000,
        description: "Results to tabulate.",
        items: {
          type: "object",
          properties: {
            home_team: { type: "string", minLength: 1, description: "Home team name." },
            away_team: { type: "string", minLength: 1, description: "Away team name." },
            home_score: {
              type: "integer",
              minimum: 0,
              description: "Goals or points scored by the home team.",
            },
            away_score: {
              type: "integer",
              minimum: 0,
              description: "Goals or points scored by the away team.",
            },
          },
          required: ["home_team", "away_team", "home_score", "away_score"],
          additionalProperties: false,
        },
      },
      points_for_win: {
        type: "integer",
        minimum: 1,
        maximum: 5,
        default: 3,
        description: "Points for a win.",
      },
      points_for_draw: {
        type: "integer",
        minimum: 0,
        maximum: 3,
        default: 1,
        description: "Points for a draw.",
      },
    },
    required: ["matches"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      table: {
        type: "array",
        items: {
          type: "object",
          properties: {
            position: { type: "integer" },
            team: { type: "string" },
            played: { type: "integer" },
            won: { type: "integer" },
            drawn: { type: "integer" },
            lost: { type: "integer" },
            goals_for: { type: "integer" },
            goals_against: { type: "integer" },
            goal_difference: { type: "integer" },
            points: { type: "integer" },
          },
          required: [
            "position",
            "team",
            "played",
            "won",
            "drawn",
            "lost",
            "goals_for",
            "goals_against",
            "goal_difference",
            "points",
          ],
          additionalProperties: false,
        },
      },
    },
    required: ["table"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        matches: [
          { home_team: "Lions", away_team: "Tigers", home_score: 2, away_score: 1 },
          { home_team: "Bears", away_team: "Lions", home_score: 0, away_score: 0 },
          { home_team: "Tigers", away_team: "Bears", home_score: 3, away_score: 1 },
        ],
      },
      result: {
        table: [
          {
            position: 1,
            team: "Lions",
            played: 2,
            won: 1,
            drawn: 1,
            lost: 0,
            goals_for: 2,
            goals_against: 1,
            goal_difference: 1,
            points: 4,
          },
          {
            position: 2,
            team: "Tigers",
            played: 2,
            won: 1,
            drawn: 0,
            lost: 1,
            goals_for: 4,
            goals_against: 3,
            goal_difference: 1,
            points: 3,
          },
          {
            position: 3,
            team: "Bears",
            played: 2,
            won: 0,
            drawn: 1,
            lost: 1,
            goals_for: 1,
            goals_against: 3,
            goal_difference: -2,
            points: 1,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { matches: [{ home_team: "Lions", away_team: "Lions", home_score: 1, away_score: 0 }] },
      error: "match 1: a team cannot play itself",
    },
    {
      arguments: { matches: [{ home_team: "A", away_team: "B", home_score: -1, away_score: 0 }] },
      error: "$.matches[0].home_score must be >= 0",
    },
  ],
  run: ({ matches, points_for_win = 3, points_for_draw = 1 }) =>
    tabulate(matches, points_for_win, points_for_draw),
});
