/** Milliseconds in a UTC day. */
const dayMs = 86_400_000;

/**
 * The `YYYY-MM-DD` date of a day number (see `toDayNumber`).
 *
 * @example
 * fromDayNumber(19_783); // "2024-03-01"
 */
export function fromDayNumber(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}
