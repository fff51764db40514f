import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** K/D and KDA ratios with per-match averages. */
export const calculatePlayerKda = defineTool<{
  kills: number;
  deaths: number;
  assists?: number;
  matches?: number;
}>({
  name: "calculate_player_kda",
  description:
    "Compute a player's kill/death ratio and KDA ratio ((kills + assists) / deaths, with zero deaths counted as one) from totals over one or more matches. Returns the ratios and per-match averages, rounded to 2 decimals.",
  category: "Gaming",
  parameters: {
    type: "object",
    properties: {
      kills: { type: "integer", minimum: 0, description: "Total kills." },
      deaths: { type: "integer", minimum: 0, description: "Total deaths." },
      assists: { type: "integer", minimum: 0, default: 0, description: "Total assists." },
      matches: {
        type: "integer",
        minimum: 1,
        default: 1,
        description: "Number of matches the totals cover.",
      },
    },
    required: ["kills", "deaths"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      kd_ratio: { type: "number", minimum: 0 },
      kda_ratio: { type: "number", minimum: 0 },
      kills_per_match: { type: "number", minimum: 0 },
      deaths_per_match: { type: "number", minimum: 0 },
      assists_per_match: { type: "number", minimum: 0 },
    },
    required: ["kd_ratio", "kda_ratio", "kills_per_match", "deaths_per_match", "assists_per_match"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { kills: 245, deaths: 180, assists: 96, matches: 20 },
      result: {
        kd_ratio: 1.36,
        kda_ratio: 1.89,
        kills_per_match: 12.25,
        deaths_per_match: 9,
        assists_per_match: 4.8,
      },
    },
    {
      arguments: { kills: 7, deaths: 0 },
      result: { kd_ratio: 7, kda_ratio: 7, kills_per_match: 7, deaths_per_match: 0, assists_per_match: 0 },
    },
  ],
  invalidExamples: [
    { arguments: { kills: 10, deaths: 2, matches: 0 }, error: "$.matches must be >= 1" },
    { arguments: { kills: 3.5, deaths: 2 }, error: "$.kills must be integer" },
  ],
  run: ({ kills, deaths, assists = 0, matches = 1 }) => {
    const divisor = Math.max(deaths, 1);
    return {
      kd_ratio: roundTo(kills / divisor, 2),
      kda_ratio: roundTo((kills + assists) / divisor, 2),
      kills_per_match: roundTo(kills / matches, 2),
      deaths_per_match: roundTo(deaths / matches, 2),
      assists_per_match: roundTo(assists / matches, 2),
    };
  },
});
