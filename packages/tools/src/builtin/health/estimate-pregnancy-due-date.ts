import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { toDayNumber } from "../shared/to-day-number.js";

interface Args {
  last_period_date: string;
  cycle_length_days?: number;
  as_of_date?: string;
}

/** Naegele's rule, adjusted for cycle length, with gestational age on a given date. */
export const estimatePregnancyDueDate = defineTool<Args>({
  name: "estimate_pregnancy_due_date",
  description:
    "Estimate a pregnancy's due date from the first day of the last menstrual period with Naegele's rule (280 days, shifted by cycle length minus 28). Returns the due date and estimated conception date, and with as_of_date the gestational age in weeks and days, the trimester and the days left until the due date.",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      last_period_date: {
        type: "string",
        format: "date",
        description: "First day of the last menstrual period, YYYY-MM-DD.",
      },
      cycle_length_days: {
        type: "integer",
        minimum: 21,
        maximum: 45,
        default: 28,
        description: "Average menstrual cycle length in days. Default 28.",
      },
      as_of_date: {
        type: "string",
        format: "date",
        description: "Date at which to report gestational age (e.g. today), YYYY-MM-DD.",
      },
    },
    required: ["last_period_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      due_date: { type: "string", format: "date" },
      estimated_conception_date: { type: "string", format: "date" },
      gestational_age: {
        type: "object",
        properties: {
          weeks: { type: "integer", minimum: 0 },
          days: { type: "integer", minimum: 0, maximum: 6 },
        },
        required: ["weeks", "days"],
        additionalProperties: false,
      },
      trimester: { type: "integer", minimum: 1, maximum: 3 },
      days_until_due: { type: "integer" },
    },
    required: ["due_date", "estimated_conception_date"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { last_period_date: "2025-01-01" },
      result: { due_date: "2025-10-08", estimated_conception_date: "2025-01-15" },
    },
    {
      arguments: { last_period_date: "2025-03-10", cycle_length_days: 32, as_of_date: "2025-06-20" },
      result: {
        due_date: "2025-12-19",
        estimated_conception_date: "2025-03-28",
        gestational_age: { weeks: 14, days: 0 },
        trimester: 2,
        days_until_due: 182,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { last_period_date: "2025-03-10", as_of_date: "2025-03-01" },
      error: "as_of_date (2025-03-01) is before last_period_date (2025-03-10)",
    },
    { arguments: { last_period_date: "2024-01-01", as_of_date: "2025-03-01" }, error: "more than 44 weeks" },
    { arguments: { last_period_date: "10/03/2025" }, error: '$.last_period_date must match format "date"' },
  ],
  run: ({ last_period_date, cycle_length_days = 28, as_of_date }) => {
    const start = toDayNumber(last_period_date);
    const shift = cycle_length_days - 28;
    const due = start + 280 + shift;
    const result = {
      due_date: fromDayNumber(due),
      estimated_conception_date: fromDayNumber(start + 14 + shift),
    };
    if (as_of_date === undefined) {
      return result;
    }
    const today = toDayNumber(as_of_date);
    if (today < start) {
      throw new ToolArgumentError({
        message: `as_of_date (${as_of_date}) is before last_period_date (${last_period_date})`,
        argument: "as_of_date",
      });
    }
    const age = today - start - shift;
    if (today - start > 44 * 7) {
      throw new ToolArgumentError({
        message: `as_of_date is more than 44 weeks after last_period_date: no pregnancy lasts that long; check the dates`,
        argument: "as_of_date",
      });
    }
    const weeks = Math.floor(Math.max(0, age) / 7);
    return {
      ...result,
      gestational_age: { weeks, days: Math.max(0, age) % 7 },
      trimester: weeks < 14 ? 1 : weeks < 28 ? 2 : 3,
      days_until_due: due - today,
    };
  },
});
