import { defineTool } from "../define-tool.js";
import { fibonacciSequence } from "./fibonacci-sequence.js";
import { integerNParameters } from "./integer-n-parameters.js";

/** The Fibonacci number at a 1-based position, the sequence starting 0, 1 (BFCL's `get_fibonacci_number`). */
export const getFibonacciNumber = defineTool<{ n: number }>({
  name: "get_fibonacci_number",
  description:
    "Calculates the nth Fibonacci number in the sequence where the sequence starts with 0 followed by 1, and each subsequent number is the sum of the previous two: position 1 is 0, position 2 is 1, position 8 is 13.",
  category: "Math",
  parameters: integerNParameters({
    minimum: 1,
    maximum: 79,
    description: "The position of the Fibonacci number to calculate, a positive integer (at most 79).",
  }),
  returns: { type: "integer", minimum: 0 },
  examples: [
    { arguments: { n: 8 }, result: 13 },
    { arguments: { n: 1 }, result: 0 },
    { arguments: { n: 15 }, result: 377 },
  ],
  invalidExamples: [
    { arguments: { n: 0 }, error: "$.n must be >= 1" },
    { arguments: { n: 2.5 }, error: "$.n must be integer" },
  ],
  run: ({ n }) => fibonacciSequence(n).at(-1) ?? 0,
});
