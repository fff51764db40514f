import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Value and first derivative of a polynomial at a point (Horner's method). */
export const evaluatePolynomial = defineTool<{ coefficients: number[]; x: number }>({
  name: "evaluate_polynomial",
  description:
    "Evaluate a polynomial and its first derivative at a point using Horner's method. Returns the degree, p(x) and p'(x), both rounded to 10 decimals.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      coefficients: {
        type: "array",
        description:
          "Coefficients from the highest degree down to the constant, e.g. [2, -3, 1] for 2x^2 - 3x + 1.",
        items: { type: "number" },
        minItems: 1,
        maxItems: 50,
      },
      x: { type: "number", description: "The point at which to evaluate." },
    },
    required: ["coefficients", "x"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      degree: { type: "integer", minimum: 0 },
      value: { type: "number" },
      derivative: { type: "number" },
    },
    required: ["degree", "value", "derivative"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { coefficients: [2, -3, 1], x: 4 }, result: { degree: 2, value: 21, derivative: 13 } },
    {
      arguments: { coefficients: [1, 0, 0, -8], x: 0.5 },
      result: { degree: 3, value: -7.875, derivative: 0.75 },
    },
  ],
  invalidExamples: [
    {
      arguments: { coefficients: [0, 2, 1], x: 1 },
      error: "the first coefficient (highest degree) must not be 0",
    },
    { arguments: { coefficients: [1, 2] }, error: "missing required argument 'x'" },
  ],
  run: ({ coefficients, x }) => {
    if (coefficients.length > 1 && coefficients[0] === 0) {
      throw new ToolArgumentError({
        message: "the first coefficient (highest degree) must not be 0; drop leading zeros",
        argument: "coefficients",
      });
    }
    let value = 0;
    let derivative = 0;
    for (const c of coefficients) {
      derivative = derivative * x + value;
      value = value * x + c;
    }
    if (!Number.isFinite(value) || !Number.isFinite(derivative)) {
      throw new ToolArgumentError({
        message: "the value overflows a 64-bit float; use a smaller x",
        argument: "x",
      });
    }
    return {
      degree: coefficients.length - 1,
      value: roundTo(value, 10, { method: "decimal" }),
      derivative: roundTo(derivative, 10, { method: "decimal" }),
    };
  },
});
