import { formatUtcOffset } from "./format-utc-offset.js";
import { zonedDateTime } from "./zoned-date-time.js";

/**
 * An instant as local time in an IANA time zone with its offset: `YYYY-MM-DDTHH:mm:ss±HH:MM`.
 *
 * @example
 * formatZonedDateTime(Date.UTC(2024, 6, 1, 12), "Europe/London"); // "2024-07-01T13:00:00+01:00"
 */
export function formatZonedDateTime(ms: number, zone: string): string {
  const { datetime, offsetMinutes } = zonedDateTime(ms, zone);
  return `${datetime}${formatUtcOffset(offsetMinutes)}`;
}
