import { defineTool } from "../define-tool.js";
import { daysInMonth } from "../shared/days-in-month.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { weekdayNames } from "../shared/weekday-names.js";
import { weekdayOf } from "../shared/weekday-of.js";

/** Weekday names from Monday, as ISO 8601 counts them. */
const weekdays = [...weekdayNames.slice(1), weekdayNames[0]];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** ISO 8601 week-numbering year and week of a date. */
function isoWeek(day: number): { year: number; week: number } {
  const weekday = (weekdayOf(day) + 6) % 7;
  const thursday = day - weekday + 3;
  const year = new Date(thursday * 86400000).getUTCFullYear();
  const firstThursdayWeekStart = toDayNumber(`${year}-01-04`);
  const firstMonday = firstThursdayWeekStart - ((weekdayOf(firstThursdayWeekStart) + 6) % 7);
  return { year, week: Math.floor((thursday - firstMonday) / 7) + 1 };
}

/** Calendar facts about a date. */
export const getCalendarDateInfo = defineTool<{ date: string }>({
  name: "get_calendar_date_info",
  description:
    "Get calendar facts about a date: the weekday, ISO 8601 week number and week-year, day of the year, quarter, days in its month, whether the year is a leap year and whether the date falls on a weekend.",
  category: "Other",
  parameters: {
    type: "object",
    properties: { date: { type: "string", format: "date", description: "The date, YYYY-MM-DD." } },
    required: ["date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      weekday: { type: "string", enum: weekdays },
      iso_week: { type: "integer", minimum: 1, maximum: 53 },
      iso_week_year: { type: "integer" },
      day_of_year: { type: "integer", minimum: 1, maximum: 366 },
      quarter: { type: "integer", minimum: 1, maximum: 4 },
      days_in_month: { type: "integer", minimum: 28, maximum: 31 },
      is_leap_year: { type: "boolean" },
      is_weekend: { type: "boolean" },
    },
    required: [
      "weekday",
      "iso_week",
      "iso_week_year",
      "day_of_year",
      "quarter",
      "days_in_month",
      "is_leap_year",
      "is_weekend",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { date: "2024-12-30" },
      result: {
        weekday: "Monday",
        iso_week: 1,
        iso_week_year: 2025,
        day_of_year: 365,
        quarter: 4,
        days_in_month: 31,
        is_leap_year: true,
        is_weekend: false,
      },
    },
    {
      arguments: { date: "2021-01-03" },
      result: {
        weekday: "Sunday",
        iso_week: 53,
        iso_week_year: 2020,
        day_of_year: 3,
        quarter: 1,
        days_in_month: 31,
        is_leap_year: false,
        is_weekend: true,
      },
    },
  ],
  invalidExamples: [
    { arguments: { date: "2023-02-29" }, error: '$.date must match format "date"' },
    { arguments: {}, error: "missing required argument 'date'" },
  ],
  run: ({ date }) => {
    const day = toDayNumber(date);
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const weekdayIndex = (weekdayOf(day) + 6) % 7;
    const week = isoWeek(day);
    return {
      weekday: weekdays[weekdayIndex] ?? "Monday",
      iso_week: week.week,
      iso_week_year: week.year,
      day_of_year: day - toDayNumber(`${date.slice(0, 4)}-01-01`) + 1,
      quarter: Math.ceil(month / 3),
      days_in_month: daysInMonth(year, month),
      is_leap_year: isLeap(year),
      is_weekend: weekdayIndex >= 5,
    };
  },
});
