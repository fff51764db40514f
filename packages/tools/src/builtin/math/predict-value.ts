import { defineTool } from "../define-tool.js";

/** A line's y at a given x (BFCL's `predict_value`). */
export const predictValue = defineTool<{ slope: number; intercept: number; x: number }>({
  name: "predict_value",
  description:
    "Predicts the value of y on a line given its slope, its y-intercept and an x value: slope * x + intercept.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      slope: { type: "integer", description: "The slope of the linear regression line." },
      intercept: { type: "integer", description: "The y-intercept of the linear regression line." },
      x: { type: "integer", description: "The x value to predict the y for." },
    },
    required: ["slope", "intercept", "x"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { slope: 2, intercept: 1, x: 10 }, result: 21 },
    { arguments: { slope: -3, intercept: 4, x: 2 }, result: -2 },
  ],
  invalidExamples: [
    { arguments: { slope: 2, intercept: 1 }, error: "x" },
    { arguments: { slope: 2, intercept: 1, x: "10" }, error: "$.x must be integer" },
  ],
  run: ({ slope, intercept, x }) => slope * x + intercept,
});
