import { defineTool } from "../define-tool.js";
import { leastSquaresSlope, mean, pointsProperties } from "./least-squares-slope.js";

/** The least-squares line through points, evaluated at a point (BFCL's `linear_regression`). */
export const linearRegression = defineTool<{ x: number[]; y: number[]; point: number }>({
  name: "linear_regression",
  description:
    "Finds the least-squares linear regression line of a set of points (x[i], y[i]) and evaluates it at a given x, returning the predicted y, unrounded.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      ...pointsProperties,
      point: { type: "integer", description: "The x value to evaluate the regression line at." },
    },
    required: ["x", "y", "point"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { x: [1, 2, 3], y: [4, 5, 6], point: 10 }, result: 13 },
    { arguments: { x: [0, 1, 2], y: [1, 3, 5], point: 4 }, result: 9 },
  ],
  invalidExamples: [
    { arguments: { x: [1, 2], y: [1, 2, 3], point: 1 }, error: "x has 2 values and y 3" },
    { arguments: { x: [2, 2], y: [1, 3], point: 1 }, error: "vertical" },
  ],
  run: ({ x, y, point }) => {
    const slope = leastSquaresSlope(x, y);
    return slope * point + (mean(y) - slope * mean(x));
  },
});
