import { defineTool } from "../define-tool.js";
import { bigFactorialRatio } from "./big-factorial-ratio.js";
import { integerNParameters } from "./integer-n-parameters.js";

/** The factorial of a non-negative integer, exact at any size (BFCL's `math_factorial`). */
export const mathFactorial = defineTool<{ n: number }>({
  name: "math_factorial",
  description:
    "Calculates the factorial n! of a non-negative integer exactly. Returns a JSON integer up to 18! and, beyond what a 64-bit float holds exactly, the exact value as a string of decimal digits.",
  category: "Math",
  parameters: integerNParameters({
    minimum: 0,
    maximum: 5000,
    description: "The number to calculate the factorial of (0 to 5000).",
  }),
  returns: {
    anyOf: [
      { type: "integer", minimum: 1 },
      { type: "string", pattern: "^[0-9]+$" },
    ],
  },
  examples: [
    { arguments: { n: 7 }, result: 5040 },
    { arguments: { n: 0 }, result: 1 },
    { arguments: { n: 25 }, result: "15511210043330985984000000" },
  ],
  invalidExamples: [
    { arguments: { n: -3 }, error: "$.n must be >= 0" },
    { arguments: { n: 10001 }, error: "$.n must be <= 5000" },
  ],
  run: ({ n }) => {
    const value = bigFactorialRatio(n, 0);
    return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
  },
});
