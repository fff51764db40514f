/** Milliseconds in a UTC day. */
const dayMs = 86_400_000;

/**
 * The day number of a `YYYY-MM-DD` date: whole days since 1970-01-01 (UTC), negative before it.
 *
 * @example
 * toDayNumber("1970-01-02"); // 1
 * toDayNumber("2024-03-01") - toDayNumber("2024-02-01"); // 29
 */
export function toDayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
}
