import { defineTool } from "../define-tool.js";

type Activity = "sedentary" | "light" | "moderate" | "active" | "very_active";
type Goal = "lose_weight" | "maintain" | "gain_weight";

const activityFactors: Record<Activity, number> = {
  sedentary: 1.2,
  light: 1.375,
  moderate: 1.55,
  active: 1.725,
  very_active: 1.9,
};
const goalAdjustments: Record<Goal, number> = { lose_weight: -500, maintain: 0, gain_weight: 300 };

interface Args {
  sex: "male" | "female";
  age_years: number;
  weight_kg: number;
  height_cm: number;
  activity_level?: Activity;
  goal?: Goal;
}

/** Mifflin-St Jeor BMR, total daily energy expenditure and a calorie target. */
export const calculateDailyCalorieNeeds = defineTool<Args>({
  name: "calculate_daily_calorie_needs",
  description:
    "Estimate an adult's basal metabolic rate with the Mifflin-St Jeor equation, total daily energy expenditure for an activity level, and a daily calorie target for a goal (-500 kcal to lose about 0.5 kg a week, +300 kcal to gain; never below 1200 kcal for women or 1500 for men). Returns whole kilocalories.",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      sex: { type: "string", enum: ["male", "female"], description: "Sex used by the equation." },
      age_years: { type: "integer", minimum: 18, maximum: 100, description: "Age in years (adults only)." },
      weight_kg: { type: "number", minimum: 30, maximum: 300, description: "Body weight in kilograms." },
      height_cm: { type: "number", minimum: 120, maximum: 230, description: "Height in centimetres." },
      activity_level: {
        type: "string",
        enum: Object.keys(activityFactors),
        default: "sedentary",
        description:
          "sedentary (x1.2), light exercise 1-3 days/week (x1.375), moderate 3-5 (x1.55), active 6-7 (x1.725), very_active (x1.9). Default sedentary.",
      },
      goal: {
        type: "string",
        enum: Object.keys(goalAdjustments),
        default: "maintain",
        description: "Weight goal. Default maintain.",
      },
    },
    required: ["sex", "age_years", "weight_kg", "height_cm"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      bmr_kcal: { type: "integer" },
      tdee_kcal: { type: "integer" },
      target_kcal: { type: "integer" },
      activity_factor: { type: "number" },
    },
    required: ["bmr_kcal", "tdee_kcal", "target_kcal", "activity_factor"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { sex: "male", age_years: 30, weight_kg: 80, height_cm: 180 },
      result: { bmr_kcal: 1780, tdee_kcal: 2136, target_kcal: 2136, activity_factor: 1.2 },
    },
    {
      arguments: {
        sex: "female",
        age_years: 45,
        weight_kg: 68,
        height_cm: 165,
        activity_level: "moderate",
        goal: "lose_weight",
      },
      result: { bmr_kcal: 1325, tdee_kcal: 2054, target_kcal: 1554, activity_factor: 1.55 },
    },
  ],
  invalidExamples: [
    {
      arguments: { sex: "male", age_years: 15, weight_kg: 60, height_cm: 170 },
      error: "$.age_years must be >= 18",
    },
    {
      arguments: { sex: "other", age_years: 30, weight_kg: 60, height_cm: 170 },
      error: "$.sex must be one of",
    },
    {
      arguments: { sex: "male", age_years: 30, weight_kg: 60, height_cm: 170, activity_level: "extreme" },
      error: "$.activity_level must be one of",
    },
  ],
  run: ({ sex, age_years, weight_kg, height_cm, activity_level = "sedentary", goal = "maintain" }) => {
    const bmr = 10 * weight_kg + 6.25 * height_cm - 5 * age_years + (sex === "male" ? 5 : -161);
    const factor = activityFactors[activity_level];
    const tdee = bmr * factor;
    const floor = sex === "male" ? 1500 : 1200;
    return {
      bmr_kcal: Math.round(bmr),
      tdee_kcal: Math.round(tdee),
      target_kcal: Math.round(Math.max(floor, tdee + goalAdjustments[goal])),
      activity_factor: factor,
    };
  },
});
