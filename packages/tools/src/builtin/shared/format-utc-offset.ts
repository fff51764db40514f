import { zeroPad } from "./zero-pad.js";
/**
 * A UTC offset in minutes as `±HH:MM`.
 *
 * @example
 * formatUtcOffset(330); // "+05:30"
 * formatUtcOffset(-240); // "-04:00"
 */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${zeroPad(Math.floor(abs / 60))}:${zeroPad(abs % 60)}`;
}
