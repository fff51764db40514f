import { fromDayNumber } from "./from-day-number.js";
import { toDayNumber } from "./to-day-number.js";

/**
 * A `YYYY-MM-DD` date moved by a number of days (negative to go back).
 *
 * @example
 * addDays("2024-02-28", 2); // "2024-03-01"
 */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}
