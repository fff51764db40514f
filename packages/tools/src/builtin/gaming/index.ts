import type { BuiltinTool } from "../define-tool.js";
import { calculateDropChance } from "./calculate-drop-chance.js";
import { calculateEffectiveDps } from "./calculate-effective-dps.js";
import { calculateMatchRatingChange } from "./calculate-match-rating-change.js";
import { calculatePlayerKda } from "./calculate-player-kda.js";
import { convertMouseSensitivity } from "./convert-mouse-sensitivity.js";
import { generateTournamentBracket } from "./generate-tournament-bracket.js";
import { getMinecraftXpForLevel } from "./get-minecraft-xp-for-level.js";
import { getVideoGameInfo } from "./get-video-game-info.js";
import { rollDice } from "./roll-dice.js";
import { searchVideoGames } from "./search-video-games.js";

/** Built-in tools of the Gaming category. */
export const gamingTools: readonly BuiltinTool[] = [
  getVideoGameInfo,
  searchVideoGames,
  rollDice,
  calculateMatchRatingChange,
  calculatePlayerKda,
  calculateEffectiveDps,
  calculateDropChance,
  getMinecraftXpForLevel,
  generateTournamentBracket,
  convertMouseSensitivity,
];
