import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { daysInMonth } from "../shared/days-in-month.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { weekdayNames } from "../shared/weekday-names.js";
import { weekdayOf } from "../shared/weekday-of.js";
import { zeroPad } from "../shared/zero-pad.js";

/** The birthday in a given year; 29 February falls on 28 February in common years. */
function birthdayIn(year: number, month: number, day: number): string {
  const clamped = Math.min(day, daysInMonth(year, month));
  return `${zeroPad(year, 4)}-${zeroPad(month)}-${zeroPad(clamped)}`;
}

/** Exact age on a date, and the next birthday. */
export const calculateAgeFromBirthdate = defineTool<{ birth_date: string; on_date: string }>({
  name: "calculate_age_from_birthdate",
  description:
    "Calculate a person's exact age on a given date in years, months and days, the total days lived, the weekday of birth and the next birthday with the days until it (29 February birthdays are observed on 28 February in common years).",
  category: "Lifestyle",
  parameters: {
    type: "object",
    properties: {
      birth_date: { type: "string", format: "date", description: "Date of birth, YYYY-MM-DD." },
      on_date: {
        type: "string",
        format: "date",
        description: "Date at which to measure the age (e.g. today), YYYY-MM-DD.",
      },
    },
    required: ["birth_date", "on_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      years: { type: "integer", minimum: 0 },
      months: { type: "integer", minimum: 0, maximum: 11 },
      days: { type: "integer", minimum: 0, maximum: 30 },
      total_days: { type: "integer", minimum: 0 },
      born_on_weekday: { type: "string", enum: [...weekdayNames] },
      next_birthday: { type: "string", format: "date" },
      days_until_next_birthday: { type: "integer", minimum: 0 },
      turning: { type: "integer", minimum: 0 },
    },
    required: [
      "years",
      "months",
      "days",
      "total_days",
      "born_on_weekday",
      "next_birthday",
      "days_until_next_birthday",
      "turning",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { birth_date: "1990-05-15", on_date: "2025-03-10" },
      result: {
        years: 34,
        months: 9,
        days: 23,
        total_days: 12718,
        born_on_weekday: "Tuesday",
        next_birthday: "2025-05-15",
        days_until_next_birthday: 66,
        turning: 35,
      },
    },
    {
      arguments: { birth_date: "2000-02-29", on_date: "2025-02-28" },
      result: {
        years: 25,
        months: 0,
        days: 0,
        total_days: 9131,
        born_on_weekday: "Tuesday",
        next_birthday: "2025-02-28",
        days_until_next_birthday: 0,
        turning: 25,
      },
    },
    {
      arguments: { birth_date: "2024-01-31", on_date: "2024-03-01" },
      result: {
        years: 0,
        months: 1,
        days: 1,
        total_days: 30,
        born_on_weekday: "Wednesday",
        next_birthday: "2025-01-31",
        days_until_next_birthday: 336,
        turning: 1,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { birth_date: "2030-01-01", on_date: "2025-01-01" },
      error: "on_date (2025-01-01) is before birth_date (2030-01-01)",
    },
    { arguments: { birth_date: "1990-05-15" }, error: "missing required argument 'on_date'" },
  ],
  run: ({ birth_date, on_date }) => {
    const born = toDayNumber(birth_date);
    const today = toDayNumber(on_date);
    if (today < born) {
      throw new ToolArgumentError({
        message: `on_date (${on_date}) is before birth_date (${birth_date})`,
        argument: "on_date",
      });
    }
    const [by = 0, bm = 1, bd = 1] = birth_date.split("-").map(Number);
    const [ty = 0, tm = 1] = on_date.split("-").map(Number);
    /** The birth date moved on by whole months, clamped to the end of shorter months. */
    const anchor = (months: number) =>
      birthdayIn(by + Math.floor((bm - 1 + months) / 12), ((bm - 1 + months) % 12) + 1, bd);
    let totalMonths = (ty - by) * 12 + (tm - bm);
    if (anchor(totalMonths) > on_date) {
      totalMonths -= 1;
    }
    const years = Math.floor(totalMonths / 12);
    const months = totalMonths % 12;
    const days = today - toDayNumber(anchor(totalMonths));
    const thisYear = birthdayIn(ty, bm, bd);
    const next = thisYear >= on_date ? thisYear : birthdayIn(ty + 1, bm, bd);
    return {
      years,
      months,
      days,
      total_days: today - born,
      born_on_weekday: weekdayNames[weekdayOf(born)] ?? "Sunday",
      next_birthday: next,
      days_until_next_birthday: toDayNumber(next) - today,
      turning: Number(next.slice(0, 4)) - by,
    };
  },
});
