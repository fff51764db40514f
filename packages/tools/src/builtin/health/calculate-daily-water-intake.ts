import { defineTool } from "../define-tool.js";

type Climate = "cool" | "temperate" | "hot";
const climateExtraMl: Record<Climate, number> = { cool: 0, temperate: 0, hot: 750 };

/** A daily fluid goal from body weight, exercise and climate. */
export const calculateDailyWaterIntake = defineTool<{
  weight_kg: number;
  exercise_minutes?: number;
  climate?: Climate;
  pregnant_or_breastfeeding?: boolean;
}>({
  name: "calculate_daily_water_intake",
  description:
    "Estimate a healthy adult's daily fluid goal: 35 mL per kg of body weight, plus 350 mL per 30 minutes of exercise, 750 mL in hot climates and 700 mL when pregnant or breastfeeding. Returns millilitres rounded to the nearest 50, litres (1 decimal) and 250 mL glasses (rounded up).",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      weight_kg: { type: "number", minimum: 30, maximum: 250, description: "Body weight in kilograms." },
      exercise_minutes: {
        type: "integer",
        minimum: 0,
        maximum: 600,
        default: 0,
        description: "Minutes of exercise that day. Default 0.",
      },
      climate: {
        type: "string",
        enum: ["cool", "temperate", "hot"],
        default: "temperate",
        description: "Climate or weather that day. Default temperate.",
      },
      pregnant_or_breastfeeding: {
        type: "boolean",
        default: false,
        description: "Adds 700 mL. Default false.",
      },
    },
    required: ["weight_kg"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      millilitres: { type: "integer", minimum: 0 },
      litres: { type: "number", minimum: 0 },
      glasses_250ml: { type: "integer", minimum: 0 },
    },
    required: ["millilitres", "litres", "glasses_250ml"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { weight_kg: 70 }, result: { millilitres: 2450, litres: 2.5, glasses_250ml: 10 } },
    {
      arguments: { weight_kg: 82, exercise_minutes: 45, climate: "hot" },
      result: { millilitres: 4150, litres: 4.2, glasses_250ml: 17 },
    },
  ],
  invalidExamples: [
    { arguments: { weight_kg: 70, climate: "tropical" }, error: "$.climate must be one of" },
    { arguments: { weight_kg: 70, exercise_minutes: 30.5 }, error: "$.exercise_minutes must be integer" },
  ],
  run: ({ weight_kg, exercise_minutes = 0, climate = "temperate", pregnant_or_breastfeeding = false }) => {
    const raw =
      35 * weight_kg +
      (350 * exercise_minutes) / 30 +
      climateExtraMl[climate] +
      (pregnant_or_breastfeeding ? 700 : 0);
    const millilitres = Math.round(raw / 50) * 50;
    return {
      millilitres,
      litres: Math.round(millilitres / 100) / 10,
      glasses_250ml: Math.ceil(millilitres / 250),
    };
  },
});
