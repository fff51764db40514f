import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { findTeam } from "./data/find-team.js";
import { type League, leagueParameter } from "./data/teams.js";
import { simulateScore } from "./simulate.js";

/** Final score of a game between two teams on a date. */
export const getMatchResult = defineTool<{
  league: League;
  home_team: string;
  away_team: string;
  date: string;
}>({
  name: "get_match_result",
  description:
    "Get the final result of a Premier League or NBA game between two teams on a given date. Returns both teams, the venue, the final score and the winner (null for a football draw).",
  category: "Sports",
  simulated: {
    covers:
      "the 20 Premier League clubs and 30 NBA teams of 2024-25; scores are synthesised (football goals from a Poisson model, basketball points in a realistic range), deterministic for the same teams (by name or code), date and seed",
  },
  parameters: {
    type: "object",
    properties: {
      league: leagueParameter,
      home_team: {
        type: "string",
        minLength: 2,
        description: 'Home team name or code, e.g. "Liverpool" or "LIV".',
      },
      away_team: { type: "string", minLength: 2, description: "Away team name or code." },
      date: { type: "string", format: "date", description: "Date of the game (YYYY-MM-DD)." },
    },
    required: ["league", "home_team", "away_team", "date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      date: { type: "string", format: "date" },
      venue: { type: "string" },
      home_team: { type: "string" },
      away_team: { type: "string" },
      home_score: { type: "integer", minimum: 0 },
      away_score: { type: "integer", minimum: 0 },
      winner: { type: ["string", "null"] },
      status: { type: "string", const: "final" },
    },
    required: ["date", "venue", "home_team", "away_team", "home_score", "away_score", "winner", "status"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        league: "premier_league",
        home_team: "Liverpool",
        away_team: "Chelsea",
        date: "2024-10-20",
      },
      result: {
        date: "2024-10-20",
        venue: "Anfield",
        home_team: "Liverpool",
        away_team: "Chelsea",
        home_score: 3,
        away_score: 1,
        winner: "Liverpool",
        status: "final",
      },
    },
    {
      arguments: { league: "nba", home_team: "BOS", away_team: "NYK", date: "2024-10-22" },
      result: {
        date: "2024-10-22",
        venue: "TD Garden",
        home_team: "Boston Celtics",
        away_team: "New York Knicks",
        home_score: 115,
        away_score: 97,
        winner: "Boston Celtics",
        status: "final",
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { league: "nba", home_team: "Lakers", away_team: "LAL", date: "2024-11-01" },
      error: "home_team and away_team must be different teams",
    },
    {
      arguments: {
        league: "premier_league",
        home_team: "Real Madrid",
        away_team: "Chelsea",
        date: "2024-11-01",
      },
      error: "unknown premier_league team 'Real Madrid'",
    },
    {
      arguments: { league: "nba", home_team: "BOS", away_team: "NYK", date: "22/10/2024" },
      error: '$.date must match format "date"',
    },
  ],
  run: ({ league, home_team, away_team, date }, { randomFor }) => {
    const home = findTeam(league, home_team, "home_team");
    const away = findTeam(league, away_team, "away_team");
    if (home.code === away.code) {
      throw new ToolArgumentError({
        message: `home_team and away_team must be different teams; both are ${home.name}`,
        argument: "away_team",
      });
    }
    const [homeScore, awayScore] = simulateScore(league, randomFor(league, home.code, away.code, date), 0.2);
    return {
      date,
      venue: home.venue,
      home_team: home.name,
      away_team: away.name,
      home_score: homeScore,
      away_score: awayScore,
      winner: homeScore === awayScore ? null : homeScore > awayScore ? home.name : away.name,
      status: "final",
    };
  },
});
