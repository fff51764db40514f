import { defineTool } from "../define-tool.js";
import { fibonacciSequence } from "./fibonacci-sequence.js";
import { integerNParameters } from "./integer-n-parameters.js";

/** The first `n` Fibonacci numbers, starting 0, 1 (BFCL's `get_fibonacci_sequence`). */
export const getFibonacciSequence = defineTool<{ n: number }>({
  name: "get_fibonacci_sequence",
  description:
    "Calculates the first n numbers of the Fibonacci sequence, starting 0, 1, 1, 2, ... Returns them as a list (empty for n = 0).",
  category: "Math",
  parameters: integerNParameters({
    minimum: 0,
    maximum: 78,
    description:
      "The number of Fibonacci numbers to calculate (0 to 78, the largest exact in 64-bit floats).",
  }),
  returns: { type: "array", items: { type: "integer", minimum: 0 } },
  examples: [
    { arguments: { n: 10 }, result: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34] },
    { arguments: { n: 1 }, result: [0] },
  ],
  invalidExamples: [
    { arguments: { n: -1 }, error: "$.n must be >= 0" },
    { arguments: { n: 100 }, error: "$.n must be <= 78" },
  ],
  run: ({ n }) => fibonacciSequence(n),
});
