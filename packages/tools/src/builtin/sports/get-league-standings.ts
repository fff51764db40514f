import type { JsonObject } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { type League, leagueParameter } from "./data/teams.js";
import { type SeasonRow as Row, simulateSeason } from "./simulate.js";

/** The season the simulation covers. */
const season = "2024-25";

/** Simulated final standings of a season. */
export const getLeagueStandings = defineTool<{
  league: League;
  conference?: "Eastern" | "Western";
  top_n?: number;
}>({
  name: "get_league_standings",
  description:
    "Get the final league table of the 2024-25 Premier League (points, wins, draws, losses, goals) or NBA regular season (wins, losses, win percentage and games behind, ranked within each conference). Returns the ranked rows, optionally only one NBA conference or the top N.",
  category: "Sports",
  simulated: {
    covers:
      "the 20 Premier League clubs (38-game double round robin) and 30 NBA teams (82-game schedule by division and conference) of 2024-25; every result is synthesised from seeded team strengths, deterministic for the same league and seed (conference and top_n only select rows of the same season)",
  },
  parameters: {
    type: "object",
    properties: {
      league: leagueParameter,
      conference: {
        type: "string",
        enum: ["Eastern", "Western"],
        description: "NBA only: return just this conference.",
      },
      top_n: {
        type: "integer",
        minimum: 1,
        maximum: 30,
        description: "Return only the first N rows (all when omitted).",
      },
    },
    required: ["league"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      league: { type: "string" },
      season: { type: "string" },
      standings: {
        type: "array",
        items: {
          type: "object",
          properties: {
            position: { type: "integer", minimum: 1 },
            team: { type: "string" },
            code: { type: "string" },
            conference: { type: "string" },
            played: { type: "integer" },
            won: { type: "integer" },
            drawn: { type: "integer" },
            lost: { type: "integer" },
            goals_for: { type: "integer" },
            goals_against: { type: "integer" },
            goal_difference: { type: "integer" },
            points: { type: "integer" },
            win_percentage: { type: "number" },
            games_behind: { type: "number" },
          },
          required: ["position", "team", "code", "played", "won", "lost"],
          additionalProperties: false,
        },
      },
    },
    required: ["league", "season", "standings"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { league: "premier_league", top_n: 3 },
      result: {
        league: "premier_league",
        season: "2024-25",
        standings: [
          {
            position: 1,
            team: "AFC Bournemouth",
            code: "BOU",
            played: 38,
            won: 27,
            drawn: 7,
            lost: 4,
            goals_for: 87,
            goals_against: 37,
            goal_difference: 50,
            points: 88,
          },
          {
            position: 2,
            team: "Tottenham Hotspur",
            code: "TOT",
            played: 38,
            won: 23,
            drawn: 7,
            lost: 8,
            goals_for: 64,
            goals_against: 35,
            goal_difference: 29,
            points: 76,
          },
          {
            position: 3,
            team: "Crystal Palace",
            code: "CRY",
            played: 38,
            won: 20,
            drawn: 9,
            lost: 9,
            goals_for: 69,
            goals_against: 43,
            goal_difference: 26,
            points: 69,
          },
        ],
      },
    },
    {
      arguments: { league: "nba", conference: "Western", top_n: 2 },
      result: {
        league: "nba",
        season: "2024-25",
        standings: [
          {
            position: 1,
            team: "Portland Trail Blazers",
            code: "POR",
            conference: "Western",
            played: 82,
            won: 57,
            lost: 25,
            win_percentage: 0.695,
            games_behind: 0,
          },
          {
            position: 2,
            team: "San Antonio Spurs",
            code: "SAS",
            conference: "Western",
            played: 82,
            won: 57,
            lost: 25,
            win_percentage: 0.695,
            games_behind: 0,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { league: "premier_league", conference: "Eastern" },
      error: "conference only applies to the nba",
    },
    { arguments: { league: "nba", top_n: 0 }, error: "$.top_n must be >= 1" },
  ],
  run: ({ league, conference, top_n }, { randomFor }) => {
    if (conference !== undefined && league !== "nba") {
      throw new ToolArgumentError({
        message: "conference only applies to the nba; leave it out for premier_league",
        argument: "conference",
      });
    }
    const rows = simulateSeason(league, randomFor(league, season));
    const points = (row: Row) => row.won * 3 + row.drawn;
    let table = rows.filter((row) => conference === undefined || row.team.conference === conference);
    let standings: JsonObject[];
    if (league === "premier_league") {
      table.sort((x, y) => points(y) - points(x) || y.for - y.against - (x.for - x.against) || y.for - x.for);
      standings = table.map((row, index) => ({
        position: index + 1,
        team: row.team.name,
        code: row.team.code,
        played: row.won + row.drawn + row.lost,
        won: row.won,
        drawn: row.drawn,
        lost: row.lost,
        goals_for: row.for,
        goals_against: row.against,
        goal_difference: row.for - row.against,
        points: points(row),
      }));
    } else {
      table = table.sort(
        (x, y) =>
          (x.team.conference ?? "").localeCompare(y.team.conference ?? "") ||
          y.won - x.won ||
          x.lost - y.lost,
      );
      standings = table.map((row) => {
        const leader = table.find((other) => other.team.conference === row.team.conference) as Row;
        return {
          position: table.filter((other) => other.team.conference === row.team.conference).indexOf(row) + 1,
          team: row.team.name,
          code: row.team.code,
          conference: row.team.conference ?? "",
          played: row.won + row.lost,
          won: row.won,
          lost: row.lost,
          win_percentage: roundTo(row.won / (row.won + row.lost), 3),
          games_behind: (leader.won - row.won + (row.lost - leader.lost)) / 2,
        };
      });
    }
    return {
      league,
      season,
      standings: top_n === undefined ? standings : standings.slice(0, top_n),
    };
  },
});
