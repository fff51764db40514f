import { defineTool } from "../define-tool.js";
import { leastSquaresSlope, pointsProperties } from "./least-squares-slope.js";

/** The slope of the least-squares line through points (BFCL's `calculate_slope`). */
export const calculateSlope = defineTool<{ x: number[]; y: number[] }>({
  name: "calculate_slope",
  description:
    "Calculates the slope of the least-squares linear regression line through a set of points (x[i], y[i]), unrounded.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      ...pointsProperties,
    },
    required: ["x", "y"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { x: [1, 2, 3], y: [2, 4, 6] }, result: 2 },
    { arguments: { x: [1, 2, 3, 4], y: [4, 3, 2, 1] }, result: -1 },
  ],
  invalidExamples: [
    { arguments: { x: [1, 2], y: [1] }, error: "x has 2 values and y 1" },
    { arguments: { x: [3, 3], y: [1, 2] }, error: "vertical" },
  ],
  run: ({ x, y }) => leastSquaresSlope(x, y),
});
