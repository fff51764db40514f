import type { BuiltinTool } from "../define-tool.js";
import { askMagicEightBall } from "./ask-magic-eight-ball.js";
import { assignRandomTeams } from "./assign-random-teams.js";
import { calculateCountdownToEvent } from "./calculate-countdown-to-event.js";
import { convertNumberToWords } from "./convert-number-to-words.js";
import { drawPlayingCards } from "./draw-playing-cards.js";
import { drawRandomItems } from "./draw-random-items.js";
import { flipCoins } from "./flip-coins.js";
import { generateLoremIpsum } from "./generate-lorem-ipsum.js";
import { generateRandomNumbers } from "./generate-random-numbers.js";
import { generateRandomUuid } from "./generate-random-uuid.js";
import { getCalendarDateInfo } from "./get-calendar-date-info.js";
import { getHolidayDate } from "./get-holiday-date.js";

/** Built-in tools of the Other category. */
export const otherTools: readonly BuiltinTool[] = [
  getHolidayDate,
  getCalendarDateInfo,
  calculateCountdownToEvent,
  convertNumberToWords,
  flipCoins,
  generateRandomNumbers,
  drawRandomItems,
  assignRandomTeams,
  drawPlayingCards,
  generateRandomUuid,
  generateLoremIpsum,
  askMagicEightBall,
];
