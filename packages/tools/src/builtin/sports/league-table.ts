import { ToolArgumentError } from "../../errors/tool-argument-error.js";

/** A played match with its final score. */
export interface Match {
  home_team: string;
  away_team: string;
  home_score: number;
  away_score: number;
}

/** Tabulates results into ranked rows: points, then goal difference, then goals scored, then name. */
export function tabulate(matches: readonly Match[], points_for_win: number, points_for_draw: number) {
  const rows = new Map<
    string,
    { team: string; won: number; drawn: number; lost: number; for: number; against: number }
  >();
  const row = (team: string) => {
    let found = rows.get(team);
    if (found === undefined) {
      found = { team, won: 0, drawn: 0, lost: 0, for: 0, against: 0 };
      rows.set(team, found);
    }
    return found;
  };
  matches.forEach((match, index) => {
    if (match.home_team === match.away_team) {
      throw new ToolArgumentError({
        message: `match ${index + 1}: a team cannot play itself ('${match.home_team}')`,
        argument: "matches",
      });
    }
    const home = row(match.home_team);
    const away = row(match.away_team);
    home.for += match.home_score;
    home.against += match.away_score;
    away.for += match.away_score;
    away.against += match.home_score;
    if (match.home_score === match.away_score) {
      home.drawn++;
      away.drawn++;
    } else {
      (match.home_score > match.away_score ? home : away).won++;
      (match.home_score > match.away_score ? away : home).lost++;
    }
  });
  const points = (entry: { won: number; drawn: number }) =>
    entry.won * points_for_win + entry.drawn * points_for_draw;
  const sorted = [...rows.values()].sort(
    (a, b) =>
      points(b) - points(a) ||
      b.for - b.against - (a.for - a.against) ||
      b.for - a.for ||
      a.team.localeCompare(b.team),
  );
  return {
    table: sorted.map((entry, index) => ({
      position: index + 1,
      team: entry.team,
      played: entry.won + entry.drawn + entry.lost,
      won: entry.won,
      drawn: entry.drawn,
      lost: entry.lost,
      goals_for: entry.for,
      goals_against: entry.against,
      goal_difference: entry.for - entry.against,
      points: points(entry),
    })),
  };
}
