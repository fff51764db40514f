import { defineTool } from "../define-tool.js";

function smallestFactor(n: number): number {
  if (n % 2 === 0) {
    return 2;
  }
  if (n % 3 === 0) {
    return 3;
  }
  for (let f = 5; f * f <= n; f += 6) {
    if (n % f === 0) {
      return f;
    }
    if (n % (f + 2) === 0) {
      return f + 2;
    }
  }
  return n;
}

/** Primality test by trial division, with the smallest factor and the next prime. */
export const checkPrimeNumber = defineTool<{ n: number }>({
  name: "check_prime_number",
  description:
    "Test whether an integer between 2 and 10^12 is prime. Returns the verdict, its smallest prime factor (the number itself when prime) and the next prime above it.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      n: {
        type: "integer",
        minimum: 2,
        maximum: 1_000_000_000_000,
        description: "The integer to test (2 to 10^12).",
      },
    },
    required: ["n"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      n: { type: "integer" },
      is_prime: { type: "boolean" },
      smallest_prime_factor: { type: "integer", minimum: 2 },
      next_prime: { type: "integer", minimum: 3 },
    },
    required: ["n", "is_prime", "smallest_prime_factor", "next_prime"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { n: 97 }, result: { n: 97, is_prime: true, smallest_prime_factor: 97, next_prime: 101 } },
    { arguments: { n: 91 }, result: { n: 91, is_prime: false, smallest_prime_factor: 7, next_prime: 97 } },
  ],
  invalidExamples: [
    { arguments: { n: 1 }, error: "$.n must be >= 2" },
    { arguments: { n: 7.5 }, error: "$.n must be integer" },
  ],
  run: ({ n }) => {
    const factor = smallestFactor(n);
    let next = n + 1;
    while (smallestFactor(next) !== next) {
      next += 1;
    }
    return { n, is_prime: factor === n, smallest_prime_factor: factor, next_prime: next };
  },
});
