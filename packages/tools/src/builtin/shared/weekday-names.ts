/**
 * English weekday names from Sunday, indexed like `Date#getUTCDay` and `weekdayOf`.
 *
 * @example
 * weekdayNames[0]; // "Sunday"
 */
export const weekdayNames = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;
