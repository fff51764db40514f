import { defineTool } from "../define-tool.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { weekdayNames } from "../shared/weekday-names.js";
import { weekdayOf } from "../shared/weekday-of.js";

const weekends = { sat_sun: [6, 0], fri_sat: [5, 6], sun: [0] } as const;

/** A date a number of working days after (or before) another, skipping weekends and holidays. */
export const addBusinessDays = defineTool<{
  start_date: string;
  business_days: number;
  weekend?: keyof typeof weekends;
  holidays?: string[];
}>({
  name: "add_business_days",
  description:
    "Move a date forward (or back, with a negative count) by a number of business days, skipping weekend days and the given holidays; the start date itself is not counted. Returns the resulting date, its weekday, and the calendar days, weekend days and holidays spanned.",
  category: "Business",
  parameters: {
    type: "object",
    properties: {
      start_date: { type: "string", format: "date", description: "The date to count from (YYYY-MM-DD)." },
      business_days: {
        type: "integer",
        minimum: -1000,
        maximum: 1000,
        description: "Business days to add; negative to go back.",
      },
      weekend: {
        type: "string",
        enum: ["sat_sun", "fri_sat", "sun"],
        default: "sat_sun",
        description:
          "Weekend convention: 'sat_sun' (most countries), 'fri_sat' (e.g. Saudi Arabia, Israel), 'sun' (six-day week). Default 'sat_sun'.",
      },
      holidays: {
        type: "array",
        items: { type: "string", format: "date" },
        uniqueItems: true,
        maxItems: 200,
        default: [],
        description: "Public holidays to skip (YYYY-MM-DD). Default none.",
      },
    },
    required: ["start_date", "business_days"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      date: { type: "string", format: "date" },
      weekday: {
        type: "string",
        enum: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
      },
      calendar_days: { type: "integer" },
      weekend_days_skipped: { type: "integer", minimum: 0 },
      holidays_skipped: { type: "array", items: { type: "string", format: "date" } },
    },
    required: ["date", "weekday", "calendar_days", "weekend_days_skipped", "holidays_skipped"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { start_date: "2024-12-20", business_days: 5, holidays: ["2024-12-25", "2024-12-26"] },
      result: {
        date: "2024-12-31",
        weekday: "Tuesday",
        calendar_days: 11,
        weekend_days_skipped: 4,
        holidays_skipped: ["2024-12-25", "2024-12-26"],
      },
    },
    {
      arguments: { start_date: "2024-03-04", business_days: -3, weekend: "fri_sat" },
      result: {
        date: "2024-02-28",
        weekday: "Wednesday",
        calendar_days: -5,
        weekend_days_skipped: 2,
        holidays_skipped: [],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { start_date: "2024-02-30", business_days: 3 },
      error: '$.start_date must match format "date"',
    },
    { arguments: { start_date: "2024-03-04", business_days: 2.5 }, error: "$.business_days must be integer" },
  ],
  run: ({ start_date: start, business_days: count, weekend = "sat_sun", holidays = [] }) => {
    const off: readonly number[] = weekends[weekend];
    const holidaySet = new Set(holidays);
    const step = count < 0 ? -1 : 1;
    const first = toDayNumber(start);
    let day = first;
    let remaining = Math.abs(count);
    let weekendDays = 0;
    const skipped: string[] = [];
    while (remaining > 0) {
      day += step;
      const iso = fromDayNumber(day);
      if (off.includes(weekdayOf(day))) {
        weekendDays += 1;
      } else if (holidaySet.has(iso)) {
        skipped.push(iso);
      } else {
        remaining -= 1;
      }
    }
    return {
      date: fromDayNumber(day),
      weekday: weekdayNames[weekdayOf(day)] ?? "Monday",
      calendar_days: day - first,
      weekend_days_skipped: weekendDays,
      holidays_skipped: skipped,
    };
  },
});
