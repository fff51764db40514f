import { defineTool } from "../define-tool.js";
import { findTeam } from "./data/find-team.js";
import { type League, leagueParameter } from "./data/teams.js";

/** Facts about a Premier League club or NBA team. */
export const getTeamInfo = defineTool<{ league: League; team: string }>({
  name: "get_team_info",
  description:
    "Look up a Premier League club or NBA team by name, nickname or code. Returns its full name, code, city, home venue, founding year (football clubs) and conference and division (NBA teams).",
  category: "Sports",
  simulated: {
    covers:
      "the 20 Premier League clubs and 30 NBA teams of the 2024-25 season, with their real cities, home venues, founding years and NBA conferences and divisions",
  },
  parameters: {
    type: "object",
    properties: {
      league: leagueParameter,
      team: {
        type: "string",
        minLength: 2,
        maxLength: 60,
        description: 'Team name, nickname or code, e.g. "Arsenal", "Lakers" or "GSW".',
      },
    },
    required: ["league", "team"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      league: { type: "string" },
      code: { type: "string" },
      name: { type: "string" },
      city: { type: "string" },
      venue: { type: "string" },
      founded: { type: ["integer", "null"] },
      conference: { type: ["string", "null"] },
      division: { type: ["string", "null"] },
    },
    required: ["league", "code", "name", "city", "venue", "founded", "conference", "division"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { league: "premier_league", team: "Arsenal" },
      result: {
        league: "premier_league",
        code: "ARS",
        name: "Arsenal",
        city: "London",
        venue: "Emirates Stadium",
        founded: 1886,
        conference: null,
        division: null,
      },
    },
    {
      arguments: { league: "nba", team: "warriors" },
      result: {
        league: "nba",
        code: "GSW",
        name: "Golden State Warriors",
        city: "San Francisco",
        venue: "Chase Center",
        founded: null,
        conference: "Western",
        division: "Pacific",
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { league: "premier_league", team: "United" },
      error: "'United' matches several premier_league teams",
    },
    { arguments: { league: "nba", team: "Arsenal" }, error: "unknown nba team 'Arsenal'" },
    {
      arguments: { league: "nfl", team: "Chiefs" },
      error: '$.league must be one of ["premier_league","nba"]',
    },
  ],
  run: ({ league, team }) => ({ ...findTeam(league, team, "team") }),
});
