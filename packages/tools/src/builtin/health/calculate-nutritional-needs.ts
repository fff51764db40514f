import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { activityMultiplier, type genders, mifflinStJeor, personProperties } from "./energy-formulas.js";

const goals = { lose: -500, maintain: 0, gain: 500 } as const;

/** Daily calories and macronutrients for a goal (BFCL's `calculate_nutritional_needs`). */
export const calculateNutritionalNeeds = defineTool<{
  weight: number;
  height: number;
  age: number;
  gender: (typeof genders)[number];
  activity_level: number;
  goal: keyof typeof goals;
}>({
  name: "calculate_nutritional_needs",
  description:
    "Calculates the daily nutritional needs of a person: calories = Mifflin-St Jeor BMR * activity multiplier (1.2 to 1.9 for levels 1 to 5), - 500 to lose weight or + 500 to gain; then 30 % of the calories as protein, 25 % as fat and 45 % as carbohydrates, in grams (rounded to 0.1).",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      ...personProperties,
      activity_level: {
        type: "number",
        enum: [1, 2, 3, 4, 5],
        description: "The activity level of the person, 1 (sedentary) to 5 (very active).",
      },
      goal: {
        type: "string",
        enum: Object.keys(goals),
        description: "The goal of the person: lose, gain or maintain.",
      },
    },
    required: ["weight", "height", "age", "gender", "activity_level", "goal"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      calories: { type: "number" },
      protein_g: { type: "number" },
      fat_g: { type: "number" },
      carbohydrates_g: { type: "number" },
    },
    required: ["calories", "protein_g", "fat_g", "carbohydrates_g"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { weight: 100, height: 170, age: 30, gender: "male", activity_level: 1, goal: "lose" },
      result: { calories: 1801, protein_g: 135.1, fat_g: 50, carbohydrates_g: 202.6 },
    },
  ],
  invalidExamples: [
    {
      arguments: { weight: 100, height: 170, age: 30, gender: "male", activity_level: 1, goal: "bulk" },
      error: "$.goal must be one of",
    },
  ],
  run: ({ goal, activity_level, ...person }) => {
    const calories = mifflinStJeor(person) * activityMultiplier(activity_level) + goals[goal];
    return {
      calories: roundTo(calories, 1),
      protein_g: roundTo((calories * 0.3) / 4, 1),
      fat_g: roundTo((calories * 0.25) / 9, 1),
      carbohydrates_g: roundTo((calories * 0.45) / 4, 1),
    };
  },
});
