import { defineTool } from "../define-tool.js";
import { type genders, mifflinStJeor, personProperties } from "./energy-formulas.js";

/** The basal metabolic rate by the Mifflin-St Jeor equation (BFCL's `calculate_basal_metabolic_rate`). */
export const calculateBasalMetabolicRate = defineTool<{
  weight: number;
  height: number;
  age: number;
  gender: (typeof genders)[number];
}>({
  name: "calculate_basal_metabolic_rate",
  description:
    "Calculates the Basal Metabolic Rate (BMR) of a person in kcal per day with the Mifflin-St Jeor equation: 10 * weight + 6.25 * height - 5 * age, + 5 for male, - 161 for female, - 78 for other.",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      ...personProperties,
    },
    required: ["weight", "height", "age", "gender"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { weight: 70, height: 175, age: 30, gender: "male" }, result: 1648.75 },
    { arguments: { weight: 59, height: 170, age: 80, gender: "female" }, result: 1091.5 },
  ],
  invalidExamples: [
    { arguments: { weight: 70, height: 175, age: 30, gender: "m" }, error: "$.gender must be one of" },
    { arguments: { weight: 0, height: 175, age: 30, gender: "male" }, error: "$.weight must be > 0" },
  ],
  run: (args) => mifflinStJeor(args),
});
