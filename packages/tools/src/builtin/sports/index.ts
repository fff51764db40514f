import type { BuiltinTool } from "../define-tool.js";
import { buildLeagueTable } from "./build-league-table.js";
import { calculateBattingStats } from "./calculate-batting-stats.js";
import { calculateEloRating } from "./calculate-elo-rating.js";
import { calculateGolfHandicapDifferential } from "./calculate-golf-handicap-differential.js";
import { calculatePasserRating } from "./calculate-passer-rating.js";
import { calculateRunningPace } from "./calculate-running-pace.js";
import { convertBettingOdds } from "./convert-betting-odds.js";
import { getAthleteProfile } from "./get-athlete-profile.js";
import { getLeagueStandings } from "./get-league-standings.js";
import { getMatchResult } from "./get-match-result.js";
import { getTeamInfo } from "./get-team-info.js";
import { getTeamSchedule } from "./get-team-schedule.js";
import { predictRaceTime } from "./predict-race-time.js";

/** Built-in tools of the Sports category. */
export const sportsTools: readonly BuiltinTool[] = [
  getTeamInfo,
  getLeagueStandings,
  getMatchResult,
  getTeamSchedule,
  getAthleteProfile,
  buildLeagueTable,
  calculateEloRating,
  calculateBattingStats,
  calculatePasserRating,
  calculateRunningPace,
  predictRaceTime,
  convertBettingOdds,
  calculateGolfHandicapDifferential,
];
