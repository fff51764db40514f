import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Exact definite integral of a polynomial between two bounds. */
export const integratePolynomial = defineTool<{ coefficients: number[]; lower: number; upper: number }>({
  name: "integrate_polynomial",
  description:
    "Compute the exact definite integral of a polynomial between two bounds from its antiderivative. Returns the antiderivative's coefficients (constant 0) and the integral's value rounded to 8 decimals.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      coefficients: {
        type: "array",
        description: "Coefficients from the highest degree down to the constant, e.g. [3, 0, 0] for 3x^2.",
        items: { type: "number" },
        minItems: 1,
        maxItems: 30,
      },
      lower: { type: "number", description: "Lower bound of integration." },
      upper: {
        type: "number",
        description: "Upper bound of integration (may be below lower: the sign flips).",
      },
    },
    required: ["coefficients", "lower", "upper"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      antiderivative: { type: "array", items: { type: "number" }, description: "Highest degree first." },
      integral: { type: "number" },
    },
    required: ["antiderivative", "integral"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { coefficients: [3, 0, 0], lower: 0, upper: 2 },
      result: { antiderivative: [1, 0, 0, 0], integral: 8 },
    },
    {
      arguments: { coefficients: [1, 1], lower: -1, upper: 1 },
      result: { antiderivative: [0.5, 1, 0], integral: 2 },
    },
  ],
  invalidExamples: [
    { arguments: { coefficients: [1, 1e308], lower: 0, upper: 1e10 }, error: "overflows" },
    {
      arguments: { coefficients: [], lower: 0, upper: 1 },
      error: "$.coefficients must NOT have fewer than 1 items",
    },
  ],
  run: ({ coefficients, lower, upper }) => {
    const degree = coefficients.length - 1;
    const antiderivative = [...coefficients.map((c, i) => c / (degree - i + 1)), 0];
    const at = (x: number) => antiderivative.reduce((sum, c) => sum * x + c, 0);
    const integral = at(upper) - at(lower);
    if (!Number.isFinite(integral)) {
      throw new ToolArgumentError({
        message: "the integral overflows a 64-bit float; use smaller bounds",
        argument: "upper",
      });
    }
    return {
      antiderivative: antiderivative.map((c) => roundTo(c, 10, { method: "decimal" })),
      integral: roundTo(integral, 8, { method: "decimal" }),
    };
  },
});
