import type { Random } from "@apigen/core";
import { leagueTeams } from "./data/find-team.js";
import type { League, TeamRecord } from "./data/teams.js";

/** A simulated final score: football goals (draws possible) or basketball points (no ties). */
export function simulateScore(league: League, random: Random, homeEdge = 0): [number, number] {
  if (league === "premier_league") {
    const goals = (mean: number) => {
      // Poisson draw by inversion.
      let count = 0;
      let product = random.next();
      const limit = Math.exp(-mean);
      while (product > limit && count < 9) {
        count++;
        product *= random.next();
      }
      return count;
    };
    return [goals(1.5 + homeEdge), goals(1.2 - homeEdge)];
  }
  const home = random.int(96, 128) + Math.round(homeEdge * 10);
  let away = random.int(94, 126) - Math.round(homeEdge * 10);
  if (away === home) {
    away += random.next() < 0.5 ? -random.int(1, 8) : random.int(1, 8);
  }
  return [home, away];
}

/** Games between two NBA teams in the 82-game format: 4 vs division rivals, 3 or 4 vs the conference, 2 vs the other. */
function nbaMeetings(a: TeamRecord, b: TeamRecord, slot: (team: TeamRecord) => number): number {
  if (a.conference !== b.conference) {
    return 2;
  }
  if (a.division === b.division) {
    return 4;
  }
  return (slot(a) + slot(b)) % 5 <= 1 ? 3 : 4;
}

/** A team's season totals. */
export interface SeasonRow {
  team: TeamRecord;
  won: number;
  drawn: number;
  lost: number;
  for: number;
  against: number;
}

/** Plays a whole regular season with seeded team strengths and returns every team's totals. */
export function simulateSeason(league: League, random: Random): SeasonRow[] {
  const clubs = leagueTeams(league);
  const strength = new Map(clubs.map((team) => [team.code, random.next()]));
  const rows = new Map<string, SeasonRow>(
    clubs.map((team) => [team.code, { team, won: 0, drawn: 0, lost: 0, for: 0, against: 0 }]),
  );
  const slot = (team: TeamRecord) => clubs.filter((other) => other.division === team.division).indexOf(team);
  for (const [i, home] of clubs.entries()) {
    for (const away of clubs.slice(i + 1)) {
      const games = league === "nba" ? nbaMeetings(home, away, slot) : 2;
      for (let game = 0; game < games; game++) {
        const [host, guest] = game % 2 === 0 ? [home, away] : [away, home];
        const edge = 0.15 + ((strength.get(host.code) ?? 0) - (strength.get(guest.code) ?? 0)) * 0.8;
        const [a, b] = simulateScore(league, random, edge);
        const hostRow = rows.get(host.code) as SeasonRow;
        const guestRow = rows.get(guest.code) as SeasonRow;
        hostRow.for += a;
        hostRow.against += b;
        guestRow.for += b;
        guestRow.against += a;
        if (a === b) {
          hostRow.drawn++;
          guestRow.drawn++;
        } else {
          (a > b ? hostRow : guestRow).won++;
          (a > b ? guestRow : hostRow).lost++;
        }
      }
    }
  }
  return [...rows.values()];
}
