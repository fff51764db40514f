import { toDayNumber } from "../shared/to-day-number.js";
import { zeroPad } from "../shared/zero-pad.js";

/**
 * The day number (see `toDayNumber`) of Easter Sunday in a year from 1900 to 2099: the Western date by the
 * Gregorian computus, or the Orthodox one by the Julian computus moved to the Gregorian calendar (+13 days).
 *
 * @example
 * fromDayNumber(easterSunday(2024, { orthodox: false })); // "2024-03-31"
 * fromDayNumber(easterSunday(2024, { orthodox: true })); // "2024-05-05"
 */
export function easterSunday(year: number, { orthodox }: { orthodox: boolean }): number {
  if (orthodox) {
    const d = (19 * (year % 19) + 15) % 30;
    const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    return toDayNumber(`${year}-${zeroPad(month)}-${zeroPad(day)}`) + 13;
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toDayNumber(`${year}-${zeroPad(month)}-${zeroPad(day)}`);
}
