import { ToolArgumentError } from "../../../errors/tool-argument-error.js";
import { type League, type TeamRecord, teams } from "./teams.js";

/** The teams of a league. */
export function leagueTeams(league: League): TeamRecord[] {
  return teams.filter((team) => team.league === league);
}

/** Finds a team of a league by code or name (case-insensitive; "Lakers" finds "Los Angeles Lakers"), or throws. */
export function findTeam(league: League, query: string, argument: string): TeamRecord {
  const wanted = query.trim().toLowerCase();
  const candidates = leagueTeams(league);
  const levels = [
    candidates.filter((team) => team.code.toLowerCase() === wanted || team.name.toLowerCase() === wanted),
    candidates.filter((team) => wanted.length >= 4 && team.name.toLowerCase().split(" ").includes(wanted)),
    candidates.filter((team) => wanted.length >= 4 && team.name.toLowerCase().includes(wanted)),
  ];
  const matches = levels.find((level) => level.length > 0) ?? [];
  if (matches.length > 1) {
    throw new ToolArgumentError({
      message: `'${query}' matches several ${league} teams (${matches.map((team) => `${team.name} (${team.code})`).join(", ")}) for ${argument}; use the full name or code`,
      argument,
    });
  }
  const found = matches[0];
  if (found === undefined) {
    const some = candidates.slice(0, 6).map((team) => `${team.name} (${team.code})`);
    throw new ToolArgumentError({
      message: `unknown ${league} team '${query}' for ${argument}; use a team name or code such as ${some.join(", ")}`,
      argument,
    });
  }
  return found;
}
