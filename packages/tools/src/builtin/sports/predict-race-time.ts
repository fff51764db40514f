import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { durationPattern, formatDuration, parseDuration } from "./time-format.js";

const distances = {
  "1500m": 1.5,
  mile: 1.609344,
  "5k": 5,
  "10k": 10,
  "15k": 15,
  half_marathon: 21.0975,
  marathon: 42.195,
} as const;
type RaceDistance = keyof typeof distances;
const names = Object.keys(distances) as RaceDistance[];

/** Riegel race-time prediction. */
export const predictRaceTime = defineTool<{
  known_distance: RaceDistance;
  known_time: string;
  target_distances?: RaceDistance[];
  fatigue_exponent?: number;
}>({
  name: "predict_race_time",
  description:
    "Predict finishing times at other race distances from one recent race result with Riegel's formula T2 = T1 * (D2 / D1)^1.06. Returns the predicted time (h:mm:ss) and pace per km for each target distance.",
  category: "Sports",
  parameters: {
    type: "object",
    properties: {
      known_distance: { type: "string", enum: names, description: "Distance of the race already run." },
      known_time: {
        type: "string",
        pattern: durationPattern,
        description: 'Finishing time of that race as h:mm:ss or mm:ss, e.g. "22:30".',
      },
      target_distances: {
        type: "array",
        items: { type: "string", enum: names },
        minItems: 1,
        uniqueItems: true,
        default: ["5k", "10k", "half_marathon", "marathon"],
        description: "Distances to predict.",
      },
      fatigue_exponent: {
        type: "number",
        minimum: 1,
        maximum: 1.2,
        default: 1.06,
        description: "Riegel exponent; 1.06 is the classic value.",
      },
    },
    required: ["known_distance", "known_time"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      predictions: {
        type: "array",
        items: {
          type: "object",
          properties: {
            distance: { type: "string" },
            predicted_time: { type: "string" },
            pace_per_km: { type: "string" },
          },
          required: ["distance", "predicted_time", "pace_per_km"],
          additionalProperties: false,
        },
      },
    },
    required: ["predictions"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { known_distance: "10k", known_time: "50:00", target_distances: ["5k", "marathon"] },
      result: {
        predictions: [
          { distance: "5k", predicted_time: "23:59", pace_per_km: "4:48" },
          { distance: "marathon", predicted_time: "3:50:01", pace_per_km: "5:27" },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { known_distance: "10k", known_time: "0:00" },
      error: "known_time must be longer than 0 seconds",
    },
    { arguments: { known_distance: "20k", known_time: "1:30:00" }, error: "$.known_distance must be one of" },
  ],
  run: ({
    known_distance,
    known_time,
    target_distances = ["5k", "10k", "half_marathon", "marathon"],
    fatigue_exponent = 1.06,
  }) => {
    const seconds = parseDuration(known_time) ?? 0;
    if (seconds <= 0) {
      throw new ToolArgumentError({
        message: "known_time must be longer than 0 seconds",
        argument: "known_time",
      });
    }
    const from = distances[known_distance];
    return {
      predictions: target_distances.map((target) => {
        const predicted = seconds * (distances[target] / from) ** fatigue_exponent;
        return {
          distance: target,
          predicted_time: formatDuration(predicted),
          pace_per_km: formatDuration(predicted / distances[target]),
        };
      }),
    };
  },
});
