import { defineTool } from "../define-tool.js";
import { formatClockTime } from "../shared/format-clock-time.js";
import { parseClockTime } from "../shared/parse-clock-time.js";

interface Args {
  mode: "wake_up_at" | "go_to_bed_at";
  time: string;
  minutes_to_fall_asleep?: number;
  cycle_length_minutes?: number;
}

/** Bedtimes or wake-up times that line up with whole sleep cycles. */
export const planSleepSchedule = defineTool<Args>({
  name: "plan_sleep_schedule",
  description:
    "Plan sleep around whole sleep cycles (about 90 minutes each). Given a wake-up time, returns the bedtimes for 6, 5 and 4 complete cycles; given a bedtime, returns the wake-up times after 4, 5 and 6 cycles. Each option has its hours of sleep (1 decimal); times are 24-hour HH:MM.",
  category: "Lifestyle",
  parameters: {
    type: "object",
    properties: {
      mode: {
        type: "string",
        enum: ["wake_up_at", "go_to_bed_at"],
        description: "Whether `time` is the wake-up time or the bedtime.",
      },
      time: {
        type: "string",
        pattern: "^([01]\\d|2[0-3]):[0-5]\\d$",
        description: "24-hour time HH:MM, e.g. '06:30'.",
      },
      minutes_to_fall_asleep: {
        type: "integer",
        minimum: 0,
        maximum: 90,
        default: 15,
        description: "Minutes it takes to fall asleep. Default 15.",
      },
      cycle_length_minutes: {
        type: "integer",
        minimum: 70,
        maximum: 120,
        default: 90,
        description: "Length of one sleep cycle in minutes. Default 90.",
      },
    },
    required: ["mode", "time"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      options: {
        type: "array",
        items: {
          type: "object",
          properties: {
            time: { type: "string" },
            cycles: { type: "integer" },
            sleep_hours: { type: "number" },
          },
          required: ["time", "cycles", "sleep_hours"],
          additionalProperties: false,
        },
      },
    },
    required: ["options"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { mode: "wake_up_at", time: "06:30" },
      result: {
        options: [
          { time: "21:15", cycles: 6, sleep_hours: 9 },
          { time: "22:45", cycles: 5, sleep_hours: 7.5 },
          { time: "00:15", cycles: 4, sleep_hours: 6 },
        ],
      },
    },
    {
      arguments: { mode: "go_to_bed_at", time: "23:50", minutes_to_fall_asleep: 10 },
      result: {
        options: [
          { time: "06:00", cycles: 4, sleep_hours: 6 },
          { time: "07:30", cycles: 5, sleep_hours: 7.5 },
          { time: "09:00", cycles: 6, sleep_hours: 9 },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { mode: "wake_up_at", time: "6:30am" }, error: "$.time must match pattern" },
    { arguments: { mode: "nap", time: "14:00" }, error: "$.mode must be one of" },
  ],
  run: ({ mode, time, minutes_to_fall_asleep = 15, cycle_length_minutes = 90 }) => {
    const at = parseClockTime(time);
    const cycles = mode === "wake_up_at" ? [6, 5, 4] : [4, 5, 6];
    return {
      options: cycles.map((count) => {
        const sleep = count * cycle_length_minutes;
        const other =
          mode === "wake_up_at" ? at - sleep - minutes_to_fall_asleep : at + minutes_to_fall_asleep + sleep;
        return { time: formatClockTime(other), cycles: count, sleep_hours: Math.round(sleep / 6) / 10 };
      }),
    };
  },
});
