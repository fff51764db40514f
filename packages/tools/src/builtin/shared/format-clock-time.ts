import { zeroPad } from "./zero-pad.js";
/**
 * An `HH:MM` time of day from minutes after midnight, rounded to the minute and wrapped into one day.
 *
 * @example
 * formatClockTime(570); // "09:30"
 * formatClockTime(-30); // "23:30"
 */
export function formatClockTime(minutes: number): string {
  const wrapped = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${zeroPad(Math.floor(wrapped / 60))}:${zeroPad(wrapped % 60)}`;
}
