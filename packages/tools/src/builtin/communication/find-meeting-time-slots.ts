import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { formatClockTime } from "../shared/format-clock-time.js";
import { formatUtcInstant } from "../shared/format-utc-instant.js";
import { parseClockTime } from "../shared/parse-clock-time.js";

interface Participant {
  name: string;
  utc_offset_hours: number;
  work_start: string;
  work_end: string;
}

/** Meeting times inside everyone's working hours across time zones. */
export const findMeetingTimeSlots = defineTool<{
  participants: Participant[];
  date: string;
  duration_minutes: number;
  max_slots?: number;
}>({
  name: "find_meeting_time_slots",
  description:
    "Find meeting times on a date that fall inside every participant's working hours, given each person's UTC offset. Returns the shared window in UTC and candidate slots every 30 minutes, each with its start in UTC and every participant's local start time; the list is empty when the hours do not overlap long enough.",
  category: "Communication",
  parameters: {
    type: "object",
    properties: {
      participants: {
        type: "array",
        minItems: 2,
        maxItems: 20,
        description: "People to meet, with their working hours in their own local time.",
        items: {
          type: "object",
          properties: {
            name: { type: "string", minLength: 1, maxLength: 60, description: "Participant name." },
            utc_offset_hours: {
              type: "number",
              minimum: -12,
              maximum: 14,
              multipleOf: 0.25,
              description: "Offset from UTC on that date, e.g. -4 for New York in summer, 5.5 for India.",
            },
            work_start: {
              type: "string",
              pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$",
              description: "Local start of the working day, HH:MM.",
            },
            work_end: {
              type: "string",
              pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$",
              description: "Local end of the working day, HH:MM, after work_start.",
            },
          },
          required: ["name", "utc_offset_hours", "work_start", "work_end"],
          additionalProperties: false,
        },
      },
      date: {
        type: "string",
        format: "date",
        description: "The participants' local calendar date of the meeting (YYYY-MM-DD).",
      },
      duration_minutes: {
        type: "integer",
        minimum: 15,
        maximum: 480,
        multipleOf: 15,
        description: "Meeting length in minutes.",
      },
      max_slots: {
        type: "integer",
        minimum: 1,
        maximum: 20,
        default: 5,
        description: "Maximum number of candidate slots.",
      },
    },
    required: ["participants", "date", "duration_minutes"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      common_window_utc: {
        type: ["object", "null"],
        properties: {
          start: { type: "string", format: "date-time" },
          end: { type: "string", format: "date-time" },
        },
        required: ["start", "end"],
        additionalProperties: false,
      },
      slots: {
        type: "array",
        items: {
          type: "object",
          properties: {
            start_utc: { type: "string", format: "date-time" },
            local_starts: { type: "object", additionalProperties: { type: "string" } },
          },
          required: ["start_utc", "local_starts"],
          additionalProperties: false,
        },
      },
    },
    required: ["common_window_utc", "slots"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        participants: [
          { name: "Ana (New York)", utc_offset_hours: -4, work_start: "09:00", work_end: "17:00" },
          { name: "Ben (London)", utc_offset_hours: 1, work_start: "09:00", work_end: "17:30" },
        ],
        date: "2024-06-12",
        duration_minutes: 60,
        max_slots: 3,
      },
      result: {
        common_window_utc: { start: "2024-06-12T13:00:00Z", end: "2024-06-12T16:30:00Z" },
        slots: [
          {
            start_utc: "2024-06-12T13:00:00Z",
            local_starts: { "Ana (New York)": "09:00", "Ben (London)": "14:00" },
          },
          {
            start_utc: "2024-06-12T13:30:00Z",
            local_starts: { "Ana (New York)": "09:30", "Ben (London)": "14:30" },
          },
          {
            start_utc: "2024-06-12T14:00:00Z",
            local_starts: { "Ana (New York)": "10:00", "Ben (London)": "15:00" },
          },
        ],
      },
    },
    {
      arguments: {
        participants: [
          { name: "Kai (San Francisco)", utc_offset_hours: -7, work_start: "09:00", work_end: "17:00" },
          { name: "Mei (Singapore)", utc_offset_hours: 8, work_start: "09:00", work_end: "18:00" },
        ],
        date: "2024-06-12",
        duration_minutes: 30,
      },
      result: { common_window_utc: null, slots: [] },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        participants: [
          { name: "A", utc_offset_hours: 0, work_start: "17:00", work_end: "09:00" },
          { name: "B", utc_offset_hours: 0, work_start: "09:00", work_end: "17:00" },
        ],
        date: "2024-06-12",
        duration_minutes: 30,
      },
      error: "A's work_end (09:00) must be after work_start (17:00)",
    },
    {
      arguments: { participants: [], date: "2024-06-12", duration_minutes: 30 },
      error: "$.participants must NOT have fewer than 2 items",
    },
  ],
  run: ({ participants, date, duration_minutes, max_slots = 5 }) => {
    const midnight = Date.parse(`${date}T00:00:00Z`);
    let start = Number.NEGATIVE_INFINITY;
    let end = Number.POSITIVE_INFINITY;
    for (const person of participants) {
      const from = parseClockTime(person.work_start);
      const to = parseClockTime(person.work_end);
      if (to <= from) {
        throw new ToolArgumentError({
          message: `${person.name}'s work_end (${person.work_end}) must be after work_start (${person.work_start})`,
          argument: "participants",
        });
      }
      start = Math.max(start, from - person.utc_offset_hours * 60);
      end = Math.min(end, to - person.utc_offset_hours * 60);
    }
    const iso = (minutes: number) => formatUtcInstant(midnight + minutes * 60_000);
    if (end - start < duration_minutes) {
      return { common_window_utc: null, slots: [] };
    }
    const first = Math.ceil(start / 30) * 30;
    const slots = [];
    for (let at = first; at + duration_minutes <= end && slots.length < max_slots; at += 30) {
      const local = Object.fromEntries(
        participants.map((person) => [person.name, formatClockTime(at + person.utc_offset_hours * 60)]),
      );
      slots.push({ start_utc: iso(at), local_starts: local });
    }
    return { common_window_utc: { start: iso(start), end: iso(end) }, slots };
  },
});
