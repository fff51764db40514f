import { defineTool } from "../define-tool.js";
import { activityMultiplier } from "./energy-formulas.js";

/** Total daily energy expenditure from BMR and activity (BFCL's `calculate_daily_energy_expenditure`). */
export const calculateDailyEnergyExpenditure = defineTool<{
  basal_metabolic_rate: number;
  activity_level: number;
}>({
  name: "calculate_daily_energy_expenditure",
  description:
    "Calculates the daily energy expenditure in kcal from the BMR and an activity level from 1 (sedentary) to 5 (very active), multiplying the BMR by 1.2, 1.375, 1.55, 1.725 or 1.9.",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      basal_metabolic_rate: {
        type: "number",
        exclusiveMinimum: 0,
        description: "The BMR of the person, in kcal per day.",
      },
      activity_level: {
        type: "number",
        enum: [1, 2, 3, 4, 5],
        description: "The activity level of the person, 1 (sedentary) to 5 (very active).",
      },
    },
    required: ["basal_metabolic_rate", "activity_level"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { basal_metabolic_rate: 1500, activity_level: 1 }, result: 1800 },
    { arguments: { basal_metabolic_rate: 2000, activity_level: 3 }, result: 3100 },
  ],
  invalidExamples: [
    {
      arguments: { basal_metabolic_rate: 1500, activity_level: 6 },
      error: "$.activity_level must be one of",
    },
    {
      arguments: { basal_metabolic_rate: -5, activity_level: 2 },
      error: "$.basal_metabolic_rate must be > 0",
    },
  ],
  run: ({ basal_metabolic_rate, activity_level }) =>
    basal_metabolic_rate * activityMultiplier(activity_level),
});
