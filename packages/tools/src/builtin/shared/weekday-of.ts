/**
 * The weekday of a day number (see `toDayNumber`): 0 for Sunday to 6 for Saturday, like `Date#getUTCDay`.
 *
 * @example
 * weekdayOf(0); // 4 (1970-01-01 was a Thursday)
 * weekdayNames[weekdayOf(toDayNumber("2024-03-01"))]; // "Friday"
 */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
