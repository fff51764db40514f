/**
 * Minutes after midnight of an `HH:MM` time of day.
 *
 * @example
 * parseClockTime("09:30"); // 570
 */
export function parseClockTime(time: string): number {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return hours * 60 + minutes;
}
