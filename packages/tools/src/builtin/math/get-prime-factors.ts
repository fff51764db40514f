import { defineTool } from "../define-tool.js";

/** The prime factors of an integer with repetition, smallest first (BFCL's `get_prime_factors`). */
export const getPrimeFactors = defineTool<{ number: number }>({
  name: "get_prime_factors",
  description:
    "Calculates the prime factors of a positive integer, smallest first and repeated as often as they divide it (12 gives [2, 2, 3]; 1 gives []).",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      number: {
        type: "integer",
        minimum: 1,
        maximum: 1_000_000_000_000,
        description: "The number to calculate the prime factors of (1 to 10^12).",
      },
    },
    required: ["number"],
    additionalProperties: false,
  },
  returns: { type: "array", items: { type: "integer", minimum: 2 } },
  examples: [
    { arguments: { number: 456 }, result: [2, 2, 2, 3, 19] },
    { arguments: { number: 4567 }, result: [4567] },
    { arguments: { number: 1 }, result: [] },
  ],
  invalidExamples: [
    { arguments: { number: 0 }, error: "$.number must be >= 1" },
    { arguments: { number: 12.5 }, error: "$.number must be integer" },
  ],
  run: ({ number }) => {
    const factors: number[] = [];
    let rest = number;
    for (let divisor = 2; divisor * divisor <= rest; divisor += 1) {
      while (rest % divisor === 0) {
        factors.push(divisor);
        rest /= divisor;
      }
    }
    if (rest > 1) {
      factors.push(rest);
    }
    return factors;
  },
});
