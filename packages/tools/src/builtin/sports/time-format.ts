import { zeroPad } from "../shared/zero-pad.js";
/** Parses "h:mm:ss", "mm:ss" or "ss" into seconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const match = /^(?:(?:(\d+):)?([0-5]?\d):)?([0-5]?\d(?:\.\d+)?)$/.exec(text);
  if (match === null) {
    return null;
  }
  const [, hours = "0", minutes = "0", seconds = "0"] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Formats seconds as "h:mm:ss" (or "m:ss" under an hour), rounded to whole seconds. */
export function formatDuration(totalSeconds: number): string {
  const rounded = Math.round(totalSeconds);
  const hours = Math.floor(rounded / 3600);
  const minutes = Math.floor((rounded % 3600) / 60);
  const seconds = zeroPad(rounded % 60);
  return hours > 0 ? `${hours}:${zeroPad(minutes)}:${seconds}` : `${minutes}:${seconds}`;
}

/** The JSON Schema pattern of a duration argument. */
export const durationPattern = "^((\\d+:)?[0-5]?\\d:)?[0-5]?\\d(\\.\\d+)?$";
