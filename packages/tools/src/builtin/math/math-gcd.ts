import { defineTool } from "../define-tool.js";
import { greatestCommonDivisor } from "../shared/greatest-common-divisor.js";
import { integerPairParameters } from "./integer-pair-parameters.js";

/** The greatest common divisor of two integers (BFCL's `math_gcd`). */
export const mathGcd = defineTool<{ a: number; b: number }>({
  name: "math_gcd",
  description:
    "Calculates the greatest common divisor of two integers, as Python's math.gcd does: never negative, and gcd(a, 0) is |a|.",
  category: "Math",
  parameters: integerPairParameters,
  returns: { type: "integer", minimum: 0 },
  examples: [
    { arguments: { a: 450, b: 300 }, result: 150 },
    { arguments: { a: 1200, b: 21406 }, result: 2 },
  ],
  invalidExamples: [
    { arguments: { a: 12 }, error: "missing required argument 'b'" },
    { arguments: { a: 12.5, b: 5 }, error: "$.a must be integer" },
  ],
  run: ({ a, b }) => greatestCommonDivisor(Math.abs(a), Math.abs(b)),
});
