import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

const zones: readonly [string, number, number][] = [
  ["recovery", 0.5, 0.6],
  ["aerobic base", 0.6, 0.7],
  ["tempo", 0.7, 0.8],
  ["threshold", 0.8, 0.9],
  ["maximum", 0.9, 1],
];

/** Five training heart-rate zones from age and, optionally, resting heart rate. */
export const calculateHeartRateZones = defineTool<{
  age_years: number;
  resting_heart_rate_bpm?: number;
  max_hr_formula?: "fox" | "tanaka";
}>({
  name: "calculate_heart_rate_zones",
  description:
    "Calculate five training heart-rate zones (50-100% intensity). Maximum heart rate comes from age (Fox: 220 - age, or Tanaka: 208 - 0.7 * age); with a resting heart rate the Karvonen heart-rate-reserve method is used, otherwise percentages of the maximum. Returns whole beats per minute.",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      age_years: { type: "integer", minimum: 10, maximum: 100, description: "Age in years." },
      resting_heart_rate_bpm: {
        type: "integer",
        minimum: 30,
        maximum: 120,
        description: "Resting heart rate in beats per minute; enables the Karvonen method.",
      },
      max_hr_formula: {
        type: "string",
        enum: ["fox", "tanaka"],
        default: "fox",
        description: "Formula for maximum heart rate. Default fox.",
      },
    },
    required: ["age_years"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      max_heart_rate_bpm: { type: "integer" },
      method: { type: "string", enum: ["percent_of_max", "karvonen"] },
      zones: {
        type: "array",
        minItems: 5,
        maxItems: 5,
        items: {
          type: "object",
          properties: {
            zone: { type: "integer", minimum: 1, maximum: 5 },
            name: { type: "string" },
            min_bpm: { type: "integer" },
            max_bpm: { type: "integer" },
          },
          required: ["zone", "name", "min_bpm", "max_bpm"],
          additionalProperties: false,
        },
      },
    },
    required: ["max_heart_rate_bpm", "method", "zones"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { age_years: 40 },
      result: {
        max_heart_rate_bpm: 180,
        method: "percent_of_max",
        zones: [
          { zone: 1, name: "recovery", min_bpm: 90, max_bpm: 108 },
          { zone: 2, name: "aerobic base", min_bpm: 108, max_bpm: 126 },
          { zone: 3, name: "tempo", min_bpm: 126, max_bpm: 144 },
          { zone: 4, name: "threshold", min_bpm: 144, max_bpm: 162 },
          { zone: 5, name: "maximum", min_bpm: 162, max_bpm: 180 },
        ],
      },
    },
    {
      arguments: { age_years: 30, resting_heart_rate_bpm: 60, max_hr_formula: "tanaka" },
      result: {
        max_heart_rate_bpm: 187,
        method: "karvonen",
        zones: [
          { zone: 1, name: "recovery", min_bpm: 124, max_bpm: 136 },
          { zone: 2, name: "aerobic base", min_bpm: 136, max_bpm: 149 },
          { zone: 3, name: "tempo", min_bpm: 149, max_bpm: 162 },
          { zone: 4, name: "threshold", min_bpm: 162, max_bpm: 174 },
          { zone: 5, name: "maximum", min_bpm: 174, max_bpm: 187 },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { age_years: 95, resting_heart_rate_bpm: 120 },
      error: "must be below the maximum heart rate",
    },
    { arguments: { age_years: 5 }, error: "$.age_years must be >= 10" },
  ],
  run: ({ age_years, resting_heart_rate_bpm, max_hr_formula = "fox" }) => {
    const max = Math.round(max_hr_formula === "fox" ? 220 - age_years : 208 - 0.7 * age_years);
    const resting = resting_heart_rate_bpm ?? 0;
    if (resting >= max - 20) {
      throw new ToolArgumentError({
        message: `resting_heart_rate_bpm (${resting}) must be below the maximum heart rate (${max}) by at least 20 bpm to form zones`,
        argument: "resting_heart_rate_bpm",
      });
    }
    const reserve = max - resting;
    return {
      max_heart_rate_bpm: max,
      method: resting_heart_rate_bpm === undefined ? "percent_of_max" : "karvonen",
      zones: zones.map(([name, low, high], index) => ({
        zone: index + 1,
        name,
        min_bpm: Math.round(resting + reserve * low),
        max_bpm: Math.round(resting + reserve * high),
      })),
    };
  },
});
