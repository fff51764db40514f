import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

const categories: readonly [number, string][] = [
  [16, "severe thinness"],
  [17, "moderate thinness"],
  [18.5, "mild thinness"],
  [25, "normal"],
  [30, "overweight"],
  [35, "obese class I"],
  [40, "obese class II"],
  [Number.POSITIVE_INFINITY, "obese class III"],
];

/** Body mass index with its WHO adult category. */
export const calculateBmi = defineTool<{ weight_kg: number; height_cm: number }>({
  name: "calculate_bmi",
  description:
    "Calculate an adult's body mass index (weight / height^2) and its WHO category. Returns the BMI rounded to 1 decimal, the category and the weight range (kg, 1 decimal) that gives a normal BMI of 18.5-24.9 at this height.",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      weight_kg: { type: "number", minimum: 20, maximum: 400, description: "Body weight in kilograms." },
      height_cm: { type: "number", minimum: 100, maximum: 250, description: "Height in centimetres." },
    },
    required: ["weight_kg", "height_cm"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      bmi: { type: "number" },
      category: { type: "string", enum: categories.map(([, name]) => name) },
      normal_weight_range_kg: {
        type: "object",
        properties: { min: { type: "number" }, max: { type: "number" } },
        required: ["min", "max"],
        additionalProperties: false,
      },
    },
    required: ["bmi", "category", "normal_weight_range_kg"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { weight_kg: 70, height_cm: 175 },
      result: { bmi: 22.9, category: "normal", normal_weight_range_kg: { min: 56.7, max: 76.3 } },
    },
    {
      arguments: { weight_kg: 95.5, height_cm: 180 },
      result: { bmi: 29.5, category: "overweight", normal_weight_range_kg: { min: 59.9, max: 80.7 } },
    },
  ],
  invalidExamples: [
    { arguments: { weight_kg: 70, height_cm: 1.75 }, error: "$.height_cm must be >= 100" },
    { arguments: { weight_kg: 70 }, error: "missing required argument 'height_cm'" },
  ],
  run: ({ weight_kg, height_cm }) => {
    const metres = height_cm / 100;
    const bmi = weight_kg / (metres * metres);
    const rounded = roundTo(bmi, 1);
    return {
      bmi: rounded,
      category: categories.find(([bound]) => rounded < bound)?.[1] ?? "obese class III",
      normal_weight_range_kg: {
        min: roundTo(18.5 * metres * metres, 1),
        max: roundTo(24.9 * metres * metres, 1),
      },
    };
  },
});
