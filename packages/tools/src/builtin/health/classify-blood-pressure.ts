import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

type Category =
  | "normal"
  | "elevated"
  | "hypertension stage 1"
  | "hypertension stage 2"
  | "hypertensive crisis";

const advice: Record<Category, string> = {
  normal: "Keep up healthy habits and recheck at least once a year.",
  elevated: "Lifestyle changes are recommended; recheck in 3-6 months.",
  "hypertension stage 1": "Talk to a clinician about lifestyle changes and whether medication is needed.",
  "hypertension stage 2": "See a clinician: lifestyle changes and usually medication are recommended.",
  "hypertensive crisis": "Wait five minutes and measure again; if still this high, seek emergency care.",
};

function classify(systolic: number, diastolic: number): Category {
  if (systolic > 180 || diastolic > 120) {
    return "hypertensive crisis";
  }
  if (systolic >= 140 || diastolic >= 90) {
    return "hypertension stage 2";
  }
  if (systolic >= 130 || diastolic >= 80) {
    return "hypertension stage 1";
  }
  return systolic >= 120 ? "elevated" : "normal";
}

/** ACC/AHA 2017 blood pressure category for an adult reading. */
export const classifyBloodPressure = defineTool<{ systolic_mmhg: number; diastolic_mmhg: number }>({
  name: "classify_blood_pressure",
  description:
    "Classify an adult blood pressure reading with the 2017 ACC/AHA guideline (normal, elevated, hypertension stage 1 or 2, hypertensive crisis). Returns the category, the pulse pressure and mean arterial pressure in mmHg (whole numbers) and general advice.",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      systolic_mmhg: {
        type: "integer",
        minimum: 60,
        maximum: 300,
        description: "Systolic (upper) pressure in mmHg.",
      },
      diastolic_mmhg: {
        type: "integer",
        minimum: 30,
        maximum: 200,
        description: "Diastolic (lower) pressure in mmHg.",
      },
    },
    required: ["systolic_mmhg", "diastolic_mmhg"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      category: { type: "string", enum: Object.keys(advice) },
      pulse_pressure_mmhg: { type: "integer" },
      mean_arterial_pressure_mmhg: { type: "integer" },
      advice: { type: "string" },
    },
    required: ["category", "pulse_pressure_mmhg", "mean_arterial_pressure_mmhg", "advice"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { systolic_mmhg: 118, diastolic_mmhg: 76 },
      result: {
        category: "normal",
        pulse_pressure_mmhg: 42,
        mean_arterial_pressure_mmhg: 90,
        advice: advice.normal,
      },
    },
    {
      arguments: { systolic_mmhg: 128, diastolic_mmhg: 84 },
      result: {
        category: "hypertension stage 1",
        pulse_pressure_mmhg: 44,
        mean_arterial_pressure_mmhg: 99,
        advice: advice["hypertension stage 1"],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { systolic_mmhg: 80, diastolic_mmhg: 120 },
      error: "systolic_mmhg (80) must be higher than diastolic_mmhg (120)",
    },
    { arguments: { systolic_mmhg: 120.5, diastolic_mmhg: 80 }, error: "$.systolic_mmhg must be integer" },
  ],
  run: ({ systolic_mmhg, diastolic_mmhg }) => {
    if (systolic_mmhg <= diastolic_mmhg) {
      throw new ToolArgumentError({
        message: `systolic_mmhg (${systolic_mmhg}) must be higher than diastolic_mmhg (${diastolic_mmhg}); the values may be swapped`,
        argument: "systolic_mmhg",
      });
    }
    const category = classify(systolic_mmhg, diastolic_mmhg);
    return {
      category,
      pulse_pressure_mmhg: systolic_mmhg - diastolic_mmhg,
      mean_arterial_pressure_mmhg: Math.round(diastolic_mmhg + (systolic_mmhg - diastolic_mmhg) / 3),
      advice: advice[category],
    };
  },
});
