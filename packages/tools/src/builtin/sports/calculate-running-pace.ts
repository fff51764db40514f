import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { durationPattern, formatDuration, parseDuration } from "./time-format.js";

const metresPer = { km: 1000, mi: 1609.344, m: 1 } as const;

/** Pace and speed from a distance and a finishing time. */
export const calculateRunningPace = defineTool<{
  distance: number;
  distance_unit?: "km" | "mi" | "m";
  time: string;
}>({
  name: "calculate_running_pace",
  description:
    "Calculate running pace and speed from a distance and a finishing time. Returns the pace per kilometre and per mile (m:ss), the speed in km/h and mph (rounded to 2 decimals) and the total time in seconds.",
  category: "Sports",
  parameters: {
    type: "object",
    properties: {
      distance: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 1000000,
        description: "Distance covered, e.g. 10 or 42.195.",
      },
      distance_unit: {
        type: "string",
        enum: ["km", "mi", "m"],
        default: "km",
        description: "Unit of distance.",
      },
      time: {
        type: "string",
        pattern: durationPattern,
        description: 'Finishing time as h:mm:ss, mm:ss or seconds, e.g. "1:45:30".',
      },
    },
    required: ["distance", "time"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_seconds: { type: "number" },
      pace_per_km: { type: "string" },
      pace_per_mile: { type: "string" },
      speed_kmh: { type: "number" },
      speed_mph: { type: "number" },
    },
    required: ["total_seconds", "pace_per_km", "pace_per_mile", "speed_kmh", "speed_mph"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { distance: 10, time: "50:00" },
      result: {
        total_seconds: 3000,
        pace_per_km: "5:00",
        pace_per_mile: "8:03",
        speed_kmh: 12,
        speed_mph: 7.46,
      },
    },
    {
      arguments: { distance: 26.2188, distance_unit: "mi", time: "3:30:00" },
      result: {
        total_seconds: 12600,
        pace_per_km: "4:59",
        pace_per_mile: "8:01",
        speed_kmh: 12.06,
        speed_mph: 7.49,
      },
    },
  ],
  invalidExamples: [
    { arguments: { distance: 5, time: "0:00" }, error: "time must be longer than 0 seconds" },
    { arguments: { distance: 5, time: "25 minutes" }, error: "$.time must match pattern" },
  ],
  run: ({ distance, distance_unit = "km", time }) => {
    const seconds = parseDuration(time) ?? 0;
    if (seconds <= 0) {
      throw new ToolArgumentError({ message: "time must be longer than 0 seconds", argument: "time" });
    }
    const metres = distance * metresPer[distance_unit];
    const kmh = metres / 1000 / (seconds / 3600);
    return {
      total_seconds: seconds,
      pace_per_km: formatDuration((seconds * 1000) / metres),
      pace_per_mile: formatDuration((seconds * 1609.344) / metres),
      speed_kmh: roundTo(kmh, 2),
      speed_mph: roundTo(kmh / 1.609344, 2),
    };
  },
});
