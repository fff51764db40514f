import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** The roots of a x^2 + b x + c = 0, real or complex (BFCL's `quadratic_roots`). */
export const quadraticRoots = defineTool<{ a: number; b: number; c: number }>({
  name: "quadratic_roots",
  description:
    "Calculates the roots of the quadratic equation a*x^2 + b*x + c = 0 (a not 0). Returns a list: two real roots (the + root first), one root when the discriminant is 0, or two complex roots as {real, imaginary} objects.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      a: { type: "integer", description: "The first coefficient, of x^2; not 0." },
      b: { type: "integer", description: "The second coefficient, of x." },
      c: { type: "integer", description: "The third coefficient, the constant term." },
    },
    required: ["a", "b", "c"],
    additionalProperties: false,
  },
  returns: {
    type: "array",
    items: {
      anyOf: [
        { type: "number" },
        {
          type: "object",
          properties: { real: { type: "number" }, imaginary: { type: "number" } },
          required: ["real", "imaginary"],
          additionalProperties: false,
        },
      ],
    },
  },
  examples: [
    { arguments: { a: 3, b: 7, c: -10 }, result: [1, -3.3333333333333335] },
    { arguments: { a: 1, b: -2, c: 1 }, result: [1] },
    {
      arguments: { a: 1, b: 2, c: 5 },
      result: [
        { real: -1, imaginary: 2 },
        { real: -1, imaginary: -2 },
      ],
    },
  ],
  invalidExamples: [
    { arguments: { a: 0, b: 2, c: 1 }, error: "a must not be 0" },
    { arguments: { a: 1.5, b: 2, c: 1 }, error: "$.a must be integer" },
  ],
  run: ({ a, b, c }) => {
    if (a === 0) {
      throw new ToolArgumentError({
        message: "a must not be 0 (the equation would not be quadratic)",
        argument: "a",
      });
    }
    const discriminant = b * b - 4 * a * c;
    if (discriminant > 0) {
      const root = Math.sqrt(discriminant);
      return [(-b + root) / (2 * a), (-b - root) / (2 * a)];
    }
    if (discriminant === 0) {
      return [-b / (2 * a) || 0];
    }
    const real = -b / (2 * a) || 0;
    const imaginary = Math.sqrt(-discriminant) / (2 * a);
    return [
      { real, imaginary },
      { real, imaginary: -imaginary },
    ];
  },
});
