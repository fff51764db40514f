import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** The real roots of a x² + b x + c = 0. */
export const solveQuadratic = defineTool<{ a: number; b: number; c: number }>({
  name: "solve_quadratic",
  description:
    "Find the real roots of the quadratic equation a*x^2 + b*x + c = 0. Returns the roots in ascending order (none, one or two).",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      a: { type: "number", description: "Coefficient of x^2; must not be 0." },
      b: { type: "number", description: "Coefficient of x." },
      c: { type: "number", description: "Constant term." },
    },
    required: ["a", "b", "c"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      discriminant: { type: "number" },
      roots: { type: "array", items: { type: "number" }, maxItems: 2 },
    },
    required: ["discriminant", "roots"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { a: 1, b: -3, c: 2 }, result: { discriminant: 1, roots: [1, 2] } },
    { arguments: { a: 1, b: 2, c: 5 }, result: { discriminant: -16, roots: [] } },
  ],
  invalidExamples: [
    { arguments: { a: 0, b: 2, c: 1 }, error: "a must not be 0" },
    { arguments: { a: 1, b: 2 }, error: "missing required argument 'c'" },
  ],
  run: ({ a, b, c }) => {
    if (a === 0) {
      throw new ToolArgumentError({
        message: "a must not be 0: the equation is linear, not quadratic",
        argument: "a",
      });
    }
    const discriminant = b * b - 4 * a * c;
    if (discriminant < 0) {
      return { discriminant, roots: [] };
    }
    const root = Math.sqrt(discriminant);
    const roots = [...new Set([(-b - root) / (2 * a), (-b + root) / (2 * a)])].sort((x, y) => x - y);
    return { discriminant, roots };
  },
});
