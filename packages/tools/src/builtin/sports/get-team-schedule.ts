import { defineTool } from "../define-tool.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { weekdayOf } from "../shared/weekday-of.js";
import { findTeam, leagueTeams } from "./data/find-team.js";
import { type League, leagueParameter } from "./data/teams.js";

/** Upcoming fixtures of a team from a date. */
export const getTeamSchedule = defineTool<{
  league: League;
  team: string;
  from_date: string;
  games?: number;
}>({
  name: "get_team_schedule",
  description:
    "Get the upcoming fixtures of a Premier League or NBA team starting on a date: football on Saturdays (15:00 local), basketball every second or third day (19:30 local). Returns each game's date, local start time, opponent, home or away, and venue.",
  category: "Sports",
  simulated: {
    covers:
      "the 20 Premier League clubs and 30 NBA teams of 2024-25 with their real venues; the fixture list itself is synthesised, deterministic for the same team, start date and seed (asking for fewer games gives the first ones of the same list)",
  },
  parameters: {
    type: "object",
    properties: {
      league: leagueParameter,
      team: { type: "string", minLength: 2, description: 'Team name or code, e.g. "Celtics" or "BOS".' },
      from_date: {
        type: "string",
        format: "date",
        description: "First day to list fixtures from (YYYY-MM-DD).",
      },
      games: {
        type: "integer",
        minimum: 1,
        maximum: 20,
        default: 5,
        description: "How many fixtures to return.",
      },
    },
    required: ["league", "team", "from_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      team: { type: "string" },
      fixtures: {
        type: "array",
        items: {
          type: "object",
          properties: {
            date: { type: "string", format: "date" },
            local_time: { type: "string", pattern: "^[0-2][0-9]:[0-5][0-9]$" },
            opponent: { type: "string" },
            home_or_away: { type: "string", enum: ["home", "away"] },
            venue: { type: "string" },
          },
          required: ["date", "local_time", "opponent", "home_or_away", "venue"],
          additionalProperties: false,
        },
      },
    },
    required: ["team", "fixtures"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { league: "premier_league", team: "Tottenham", from_date: "2024-11-04", games: 3 },
      result: {
        team: "Tottenham Hotspur",
        fixtures: [
          {
            date: "2024-11-09",
            local_time: "15:00",
            opponent: "Crystal Palace",
            home_or_away: "away",
            venue: "Selhurst Park",
          },
          {
            date: "2024-11-16",
            local_time: "15:00",
            opponent: "Wolverhampton Wanderers",
            home_or_away: "home",
            venue: "Tottenham Hotspur Stadium",
          },
          {
            date: "2024-11-23",
            local_time: "15:00",
            opponent: "Ipswich Town",
            home_or_away: "away",
            venue: "Portman Road",
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { league: "nba", team: "Dragons", from_date: "2024-11-04" },
      error: "unknown nba team 'Dragons'",
    },
    {
      arguments: { league: "nba", team: "BOS", from_date: "2024-11-04", games: 50 },
      error: "$.games must be <= 20",
    },
  ],
  run: ({ league, team, from_date, games = 5 }, { randomFor }) => {
    const club = findTeam(league, team, "team");
    const random = randomFor(league, club.code, from_date);
    const opponents = random.shuffle(leagueTeams(league).filter((other) => other.code !== club.code));
    let day = toDayNumber(from_date);
    if (league === "premier_league") {
      day += (6 - weekdayOf(day)) % 7;
    }
    const fixtures = [];
    for (let index = 0; index < games; index++) {
      const opponent = opponents[index % opponents.length] ?? club;
      const home = random.next() < 0.5;
      fixtures.push({
        date: fromDayNumber(day),
        local_time: league === "premier_league" ? "15:00" : "19:30",
        opponent: opponent.name,
        home_or_away: home ? "home" : "away",
        venue: home ? club.venue : opponent.venue,
      });
      day += league === "premier_league" ? 7 : random.int(2, 3);
    }
    return { team: club.name, fixtures };
  },
});
