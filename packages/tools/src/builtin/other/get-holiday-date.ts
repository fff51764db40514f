import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { daysInMonth } from "../shared/days-in-month.js";
import { easterSunday } from "../shared/easter-sunday.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { weekdayNames } from "../shared/weekday-names.js";
import { weekdayOf } from "../shared/weekday-of.js";
import { zeroPad } from "../shared/zero-pad.js";

/** Western Easter Sunday, as a day number. */
const westernEaster = (year: number): number => easterSunday(year, { orthodox: false });

/** Orthodox Easter in the Gregorian calendar, as a day number (1900-2099). */
const orthodoxEaster = (year: number): number => easterSunday(year, { orthodox: true });

/** The n-th (1-based; -1 = last) given weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = toDayNumber(`${year}-${zeroPad(month)}-01`);
    return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  }
  const last = toDayNumber(`${year}-${zeroPad(month)}-${zeroPad(daysInMonth(year, month))}`);
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

const rules: Record<string, (year: number) => number> = {
  new_years_day: (y) => toDayNumber(`${y}-01-01`),
  us_martin_luther_king_jr_day: (y) => nthWeekday(y, 1, 1, 3),
  uk_mothering_sunday: (y) => westernEaster(y) - 21,
  good_friday: (y) => westernEaster(y) - 2,
  easter_sunday: westernEaster,
  easter_monday: (y) => westernEaster(y) + 1,
  orthodox_easter: orthodoxEaster,
  us_mothers_day: (y) => nthWeekday(y, 5, 0, 2),
  us_memorial_day: (y) => nthWeekday(y, 5, 1, -1),
  ascension_day: (y) => westernEaster(y) + 39,
  pentecost: (y) => westernEaster(y) + 49,
  us_fathers_day: (y) => nthWeekday(y, 6, 0, 3),
  us_labor_day: (y) => nthWeekday(y, 9, 1, 1),
  canada_thanksgiving: (y) => nthWeekday(y, 10, 1, 2),
  us_thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  christmas_day: (y) => toDayNumber(`${y}-12-25`),
};

/** The date of a fixed or movable holiday in a given year. */
export const getHolidayDate = defineTool<{ holiday: string; year: number }>({
  name: "get_holiday_date",
  description:
    "Compute the date of a holiday in a given year: movable feasts from the Easter computus (Western and Orthodox Easter, Good Friday, Ascension, Pentecost, Mothering Sunday) and rule-based holidays such as US Thanksgiving (fourth Thursday of November) or Memorial Day (last Monday of May), under today's rules. Returns the date and its weekday.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      holiday: { type: "string", enum: Object.keys(rules), description: "The holiday." },
      year: { type: "integer", minimum: 1900, maximum: 2200, description: "Gregorian calendar year." },
    },
    required: ["holiday", "year"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      holiday: { type: "string" },
      date: { type: "string", format: "date" },
      weekday: { type: "string", enum: [...weekdayNames] },
    },
    required: ["holiday", "date", "weekday"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { holiday: "easter_sunday", year: 2025 },
      result: { holiday: "easter_sunday", date: "2025-04-20", weekday: "Sunday" },
    },
    {
      arguments: { holiday: "orthodox_easter", year: 2024 },
      result: { holiday: "orthodox_easter", date: "2024-05-05", weekday: "Sunday" },
    },
    {
      arguments: { holiday: "us_thanksgiving", year: 2025 },
      result: { holiday: "us_thanksgiving", date: "2025-11-27", weekday: "Thursday" },
    },
    {
      arguments: { holiday: "us_memorial_day", year: 2024 },
      result: { holiday: "us_memorial_day", date: "2024-05-27", weekday: "Monday" },
    },
  ],
  invalidExamples: [
    {
      arguments: { holiday: "orthodox_easter", year: 2150 },
      error: "orthodox_easter is supported for 1900-2099",
    },
    { arguments: { holiday: "halloween_party", year: 2025 }, error: "$.holiday must be one of" },
  ],
  run: ({ holiday, year }) => {
    if (holiday === "orthodox_easter" && year > 2099) {
      throw new ToolArgumentError({
        message: "orthodox_easter is supported for 1900-2099 (the Julian-Gregorian offset changes in 2100)",
        argument: "year",
      });
    }
    const rule = rules[holiday] ?? westernEaster;
    const day = rule(year);
    return { holiday, date: fromDayNumber(day), weekday: weekdayNames[weekdayOf(day)] ?? "Sunday" };
  },
});
