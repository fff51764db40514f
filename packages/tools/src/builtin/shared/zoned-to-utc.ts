import { zonedDateTime } from "./zoned-date-time.js";

/**
 * The instant at which the wall clock in an IANA time zone shows `local` (`YYYY-MM-DDTHH:mm` or
 * `YYYY-MM-DDTHH:mm:ss`). A time that clocks skip when daylight saving starts gives the instant one offset
 * later; check `zonedDateTime(result, zone).datetime` against `local` to detect it.
 *
 * @example
 * zonedToUtc("2024-07-01T13:00", "Europe/London"); // Date.UTC(2024, 6, 1, 12)
 */
export function zonedToUtc(local: string, zone: string): number {
  const wall = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  const guess = wall - zonedDateTime(wall, zone).offsetMinutes * 60000;
  return wall - zonedDateTime(guess, zone).offsetMinutes * 60000;
}
