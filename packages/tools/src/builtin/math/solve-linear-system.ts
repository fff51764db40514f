import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { eliminate, squareSize } from "./matrix.js";

/** Solves A x = b for a square, non-singular system. */
export const solveLinearSystem = defineTool<{ coefficients: number[][]; constants: number[] }>({
  name: "solve_linear_system",
  description:
    "Solve a system of 2 to 6 linear equations A·x = b with a unique solution, by Gaussian elimination with partial pivoting. Returns the unknowns x[0..n-1] rounded to 6 decimals and the determinant of A.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      coefficients: {
        type: "array",
        description:
          "The square matrix A, one row per equation, e.g. [[2, 1], [1, -1]] for 2x + y and x - y.",
        items: { type: "array", items: { type: "number" }, minItems: 2, maxItems: 6 },
        minItems: 2,
        maxItems: 6,
      },
      constants: {
        type: "array",
        description: "The right-hand sides b, one per equation, e.g. [5, 1].",
        items: { type: "number" },
        minItems: 2,
        maxItems: 6,
      },
    },
    required: ["coefficients", "constants"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      solution: { type: "array", items: { type: "number" } },
      determinant: { type: "number" },
    },
    required: ["solution", "determinant"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        coefficients: [
          [2, 1],
          [1, -1],
        ],
        constants: [5, 1],
      },
      result: { solution: [2, 1], determinant: -3 },
    },
    {
      arguments: {
        coefficients: [
          [1, 1, 1],
          [0, 2, 5],
          [2, 5, -1],
        ],
        constants: [6, -4, 27],
      },
      result: { solution: [5, 3, -2], determinant: -21 },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        coefficients: [
          [1, 2],
          [2, 4],
        ],
        constants: [3, 6],
      },
      error: "singular",
    },
    {
      arguments: {
        coefficients: [
          [1, 2],
          [3, 4],
        ],
        constants: [1, 2, 3],
      },
      error: "constants has 3 entries but there are 2 equations",
    },
  ],
  run: ({ coefficients, constants }) => {
    const n = squareSize(coefficients, "coefficients");
    if (constants.length !== n) {
      throw new ToolArgumentError({
        message: `constants has ${constants.length} entries but there are ${n} equations; give one constant per row`,
        argument: "constants",
      });
    }
    const { determinant, a, b } = eliminate(coefficients, constants);
    if (determinant === 0) {
      throw new ToolArgumentError({
        message: "the coefficient matrix is singular (determinant 0): the system has no unique solution",
        argument: "coefficients",
      });
    }
    const x = new Array<number>(n).fill(0);
    for (let row = n - 1; row >= 0; row -= 1) {
      let sum = b[row] ?? 0;
      for (let col = row + 1; col < n; col += 1) {
        sum -= (a[row]?.[col] ?? 0) * (x[col] ?? 0);
      }
      x[row] = sum / (a[row]?.[row] ?? 1);
    }
    return {
      solution: x.map((value) => roundTo(value, 6, { method: "decimal" })),
      determinant: roundTo(determinant, 6, { method: "decimal" }),
    };
  },
});
