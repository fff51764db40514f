import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { daysBetween } from "../shared/days-between.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { weekdayNames } from "../shared/weekday-names.js";
import { weekdayOf } from "../shared/weekday-of.js";

const weekdays = weekdayNames.map((name) => name.toLowerCase());

interface Args {
  subjects: { name: string; hours: number }[];
  start_date: string;
  exam_date: string;
  hours_per_day?: number;
  rest_days?: string[];
}

/** A day-by-day revision plan before an exam. */
export const createStudySchedule = defineTool<Args>({
  name: "create_study_schedule",
  description:
    "Plan revision before an exam: spreads the hours each subject needs over the days from start_date up to the day before exam_date, skipping rest days, in half-hour blocks that always go to the subject with the most hours left. Returns each study day's sessions, the last study day and the spare capacity in hours.",
  category: "Education",
  parameters: {
    type: "object",
    properties: {
      subjects: {
        type: "array",
        minItems: 1,
        maxItems: 12,
        description: "Subjects with the study hours each needs.",
        items: {
          type: "object",
          properties: {
            name: { type: "string", minLength: 1, maxLength: 60, description: "Subject name." },
            hours: {
              type: "number",
              minimum: 0.5,
              maximum: 200,
              multipleOf: 0.5,
              description: "Hours of study needed, in half hours.",
            },
          },
          required: ["name", "hours"],
          additionalProperties: false,
        },
      },
      start_date: { type: "string", format: "date", description: "First day of study (YYYY-MM-DD)." },
      exam_date: {
        type: "string",
        format: "date",
        description: "Exam day (YYYY-MM-DD); no study is planned on it.",
      },
      hours_per_day: {
        type: "number",
        minimum: 0.5,
        maximum: 12,
        multipleOf: 0.5,
        default: 2,
        description: "Study hours available per study day.",
      },
      rest_days: {
        type: "array",
        items: { type: "string", enum: weekdays },
        uniqueItems: true,
        maxItems: 6,
        default: [],
        description: "Weekdays with no study.",
      },
    },
    required: ["subjects", "start_date", "exam_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      days: {
        type: "array",
        items: {
          type: "object",
          properties: {
            date: { type: "string", format: "date" },
            weekday: { type: "string" },
            sessions: {
              type: "array",
              items: {
                type: "object",
                properties: { subject: { type: "string" }, hours: { type: "number" } },
                required: ["subject", "hours"],
                additionalProperties: false,
              },
            },
          },
          required: ["date", "weekday", "sessions"],
          additionalProperties: false,
        },
      },
      total_hours: { type: "number" },
      last_study_day: { type: "string", format: "date" },
      spare_hours: { type: "number", minimum: 0 },
    },
    required: ["days", "total_hours", "last_study_day", "spare_hours"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        subjects: [
          { name: "Biology", hours: 3 },
          { name: "History", hours: 2 },
        ],
        start_date: "2024-05-10",
        exam_date: "2024-05-14",
        hours_per_day: 2,
        rest_days: ["sunday"],
      },
      result: {
        days: [
          {
            date: "2024-05-10",
            weekday: "friday",
            sessions: [
              { subject: "Biology", hours: 1.5 },
              { subject: "History", hours: 0.5 },
            ],
          },
          {
            date: "2024-05-11",
            weekday: "saturday",
            sessions: [
              { subject: "Biology", hours: 1 },
              { subject: "History", hours: 1 },
            ],
          },
          {
            date: "2024-05-13",
            weekday: "monday",
            sessions: [
              { subject: "Biology", hours: 0.5 },
              { subject: "History", hours: 0.5 },
            ],
          },
        ],
        total_hours: 5,
        last_study_day: "2024-05-13",
        spare_hours: 1,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        subjects: [{ name: "Maths", hours: 10 }],
        start_date: "2024-05-10",
        exam_date: "2024-05-12",
        hours_per_day: 2,
      },
      error: "needs 10 hours but only 4 are available",
    },
    {
      arguments: {
        subjects: [{ name: "Maths", hours: 2 }],
        start_date: "2024-05-10",
        exam_date: "2024-05-09",
      },
      error: "exam_date (2024-05-09) must be after start_date (2024-05-10)",
    },
  ],
  run: ({ subjects, start_date, exam_date, hours_per_day = 2, rest_days = [] }) => {
    if (exam_date <= start_date) {
      throw new ToolArgumentError({
        message: `exam_date (${exam_date}) must be after start_date (${start_date})`,
        argument: "exam_date",
      });
    }
    const first = toDayNumber(start_date);
    const span = daysBetween(start_date, exam_date);
    const studyDays = Array.from({ length: span }, (_, index) => first + index).filter(
      (day) => !rest_days.includes(weekdays[weekdayOf(day)] ?? ""),
    );
    const needed = subjects.reduce((sum, subject) => sum + subject.hours, 0);
    const available = studyDays.length * hours_per_day;
    if (needed > available) {
      throw new ToolArgumentError({
        message: `the plan needs ${needed} hours but only ${available} are available (${studyDays.length} study days x ${hours_per_day} h): raise hours_per_day, start earlier or drop rest days`,
        argument: "hours_per_day",
      });
    }
    const left = subjects.map((subject) => ({ name: subject.name, hours: subject.hours }));
    const days = [];
    for (const day of studyDays) {
      const sessions: { subject: string; hours: number }[] = [];
      for (let block = 0; block < hours_per_day * 2; block += 1) {
        const next = left.reduce((best, subject) => (subject.hours > best.hours ? subject : best));
        if (next.hours <= 0) {
          break;
        }
        next.hours -= 0.5;
        const session = sessions.find((item) => item.subject === next.name);
        if (session === undefined) {
          sessions.push({ subject: next.name, hours: 0.5 });
        } else {
          session.hours += 0.5;
        }
      }
      if (sessions.length === 0) {
        break;
      }
      days.push({ date: fromDayNumber(day), weekday: weekdays[weekdayOf(day)] ?? "", sessions });
    }
    return {
      days,
      total_hours: needed,
      last_study_day: days[days.length - 1]?.date ?? start_date,
      spare_hours: available - needed,
    };
  },
});
