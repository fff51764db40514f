import { toDayNumber } from "./to-day-number.js";

/**
 * Whole days from `start` to `end` (`YYYY-MM-DD`); negative when `end` comes first.
 *
 * @example
 * daysBetween("2024-02-01", "2024-03-01"); // 29
 */
export function daysBetween(start: string, end: string): number {
  return toDayNumber(end) - toDayNumber(start);
}
