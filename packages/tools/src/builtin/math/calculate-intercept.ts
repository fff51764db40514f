import { defineTool } from "../define-tool.js";
import { mean, pointsProperties, requireSameLength } from "./least-squares-slope.js";

/** The y-intercept of a regression line of known slope (BFCL's `calculate_intercept`). */
export const calculateIntercept = defineTool<{ x: number[]; y: number[]; slope: number }>({
  name: "calculate_intercept",
  description:
    "Calculates the y-intercept of the linear regression line through a set of points given its slope: mean(y) - slope * mean(x).",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      ...pointsProperties,
      slope: { type: "integer", description: "The slope of the linear regression line." },
    },
    required: ["x", "y", "slope"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { x: [1, 2, 3], y: [3, 5, 7], slope: 2 }, result: 1 },
    { arguments: { x: [0, 2], y: [1, 2], slope: 1 }, result: 0.5 },
  ],
  invalidExamples: [
    { arguments: { x: [1, 2], y: [1], slope: 1 }, error: "x has 2 values and y 1" },
    { arguments: { x: [1], y: [1], slope: 0.5 }, error: "$.slope must be integer" },
  ],
  run: ({ x, y, slope }) => {
    requireSameLength(x, y);
    return mean(y) - slope * mean(x);
  },
});
