import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** Road-trip duration with rest breaks and daily driving limits. */
export const estimateDrivingTime = defineTool<{
  distance_km: number;
  average_speed_kmh?: number;
  break_every_hours?: number;
  break_minutes?: number;
  max_driving_hours_per_day?: number;
}>({
  name: "estimate_driving_time",
  description:
    "Estimate how long a road trip takes: driving time at an average speed, plus a rest break after every block of continuous driving, split into days when a daily driving limit is set. Returns the driving minutes, number of breaks, total minutes including breaks (excluding overnight stops), a readable duration and the number of driving days.",
  category: "Travel",
  parameters: {
    type: "object",
    properties: {
      distance_km: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 20000,
        description: "Route distance in kilometres.",
      },
      average_speed_kmh: {
        type: "number",
        minimum: 10,
        maximum: 150,
        default: 80,
        description: "Average speed including traffic, km/h.",
      },
      break_every_hours: {
        type: "number",
        minimum: 0.5,
        maximum: 8,
        default: 2,
        description: "Take a break after this many hours of continuous driving.",
      },
      break_minutes: {
        type: "integer",
        minimum: 0,
        maximum: 120,
        default: 15,
        description: "Length of each break in minutes.",
      },
      max_driving_hours_per_day: {
        type: "number",
        minimum: 1,
        maximum: 16,
        description: "Daily driving limit; the trip is split into days (no limit when omitted).",
      },
    },
    required: ["distance_km"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      driving_minutes: { type: "integer" },
      breaks: { type: "integer", minimum: 0 },
      total_minutes: { type: "integer" },
      duration_text: { type: "string" },
      driving_days: { type: "integer", minimum: 1 },
    },
    required: ["driving_minutes", "breaks", "total_minutes", "duration_text", "driving_days"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { distance_km: 500, average_speed_kmh: 100 },
      result: {
        driving_minutes: 300,
        breaks: 2,
        total_minutes: 330,
        duration_text: "5 h 30 min",
        driving_days: 1,
      },
    },
    {
      arguments: {
        distance_km: 1800,
        average_speed_kmh: 90,
        break_every_hours: 3,
        break_minutes: 20,
        max_driving_hours_per_day: 8,
      },
      result: {
        driving_minutes: 1200,
        breaks: 5,
        total_minutes: 1300,
        duration_text: "21 h 40 min",
        driving_days: 3,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { distance_km: 500, max_driving_hours_per_day: 1.5, break_every_hours: 2 },
      error: "break_every_hours (2) cannot exceed max_driving_hours_per_day (1.5)",
    },
    { arguments: { distance_km: -3 }, error: "$.distance_km must be > 0" },
  ],
  run: ({
    distance_km,
    average_speed_kmh = 80,
    break_every_hours = 2,
    break_minutes = 15,
    max_driving_hours_per_day,
  }) => {
    if (max_driving_hours_per_day !== undefined && break_every_hours > max_driving_hours_per_day) {
      throw new ToolArgumentError({
        message: `break_every_hours (${break_every_hours}) cannot exceed max_driving_hours_per_day (${max_driving_hours_per_day})`,
        argument: "break_every_hours",
      });
    }
    const driving = Math.round((distance_km / average_speed_kmh) * 60);
    const dayLimit = max_driving_hours_per_day === undefined ? driving : max_driving_hours_per_day * 60;
    const days = Math.max(1, Math.ceil(driving / dayLimit - 1e-9));
    let breaks = 0;
    for (let day = 0; day < days; day++) {
      const today = Math.min(dayLimit, driving - day * dayLimit);
      breaks += Math.max(0, Math.ceil(today / (break_every_hours * 60) - 1e-9) - 1);
    }
    const total = driving + breaks * break_minutes;
    return {
      driving_minutes: driving,
      breaks,
      total_minutes: total,
      duration_text: `${Math.floor(total / 60)} h ${total % 60} min`,
      driving_days: days,
    };
  },
});
