import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { roundTo } from "../shared/round-to.js";
import { toDayNumber } from "../shared/to-day-number.js";

/** Current and longest streaks of a daily habit from the days it was done. */
export const trackHabitStreak = defineTool<{
  completed_dates: string[];
  as_of_date: string;
  window_days?: number;
}>({
  name: "track_habit_streak",
  description:
    "Analyse a daily habit from the dates it was completed: the current streak of consecutive days up to as_of_date (a streak stays alive if the last completion was yesterday), the longest streak ever with its dates, and the completion rate over the last window_days days (percent, 1 decimal).",
  category: "Lifestyle",
  parameters: {
    type: "object",
    properties: {
      completed_dates: {
        type: "array",
        minItems: 1,
        maxItems: 3660,
        items: { type: "string", format: "date" },
        description: "Dates (YYYY-MM-DD) on which the habit was done, in any order; duplicates are ignored.",
      },
      as_of_date: {
        type: "string",
        format: "date",
        description: "The date to evaluate from (e.g. today), YYYY-MM-DD.",
      },
      window_days: {
        type: "integer",
        minimum: 1,
        maximum: 365,
        default: 30,
        description: "Days counted in the completion rate, ending at as_of_date. Default 30.",
      },
    },
    required: ["completed_dates", "as_of_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      current_streak_days: { type: "integer", minimum: 0 },
      longest_streak: {
        type: "object",
        properties: {
          days: { type: "integer", minimum: 1 },
          start_date: { type: "string", format: "date" },
          end_date: { type: "string", format: "date" },
        },
        required: ["days", "start_date", "end_date"],
        additionalProperties: false,
      },
      total_completions: { type: "integer", minimum: 1 },
      completion_rate_percent: { type: "number", minimum: 0, maximum: 100 },
    },
    required: ["current_streak_days", "longest_streak", "total_completions", "completion_rate_percent"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        completed_dates: [
          "2025-03-01",
          "2025-03-02",
          "2025-03-03",
          "2025-03-04",
          "2025-03-07",
          "2025-03-08",
          "2025-03-09",
        ],
        as_of_date: "2025-03-10",
        window_days: 10,
      },
      result: {
        current_streak_days: 3,
        longest_streak: { days: 4, start_date: "2025-03-01", end_date: "2025-03-04" },
        total_completions: 7,
        completion_rate_percent: 70,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { completed_dates: ["2025-03-01", "2025-04-01"], as_of_date: "2025-03-15" },
      error: "2025-04-01 is after as_of_date (2025-03-15)",
    },
    {
      arguments: { completed_dates: [], as_of_date: "2025-03-15" },
      error: "$.completed_dates must NOT have fewer than 1 items",
    },
  ],
  run: ({ completed_dates, as_of_date, window_days = 30 }) => {
    const today = toDayNumber(as_of_date);
    const late = completed_dates.find((date) => toDayNumber(date) > today);
    if (late !== undefined) {
      throw new ToolArgumentError({
        message: `completed date ${late} is after as_of_date (${as_of_date}); future completions cannot count`,
        argument: "completed_dates",
      });
    }
    const days = [...new Set(completed_dates.map(toDayNumber))].sort((a, b) => a - b);
    const done = new Set(days);
    let best = { days: 0, start: 0, end: 0 };
    let runStart = days[0] ?? 0;
    days.forEach((day, index) => {
      if (index > 0 && day !== (days[index - 1] ?? 0) + 1) {
        runStart = day;
      }
      if (day - runStart + 1 > best.days) {
        best = { days: day - runStart + 1, start: runStart, end: day };
      }
    });
    let cursor = done.has(today) ? today : today - 1;
    let current = 0;
    while (done.has(cursor)) {
      current += 1;
      cursor -= 1;
    }
    const inWindow = days.filter((day) => day > today - window_days).length;
    return {
      current_streak_days: current,
      longest_streak: {
        days: best.days,
        start_date: fromDayNumber(best.start),
        end_date: fromDayNumber(best.end),
      },
      total_completions: days.length,
      completion_rate_percent: roundTo((inWindow / window_days) * 100, 1),
    };
  },
});
