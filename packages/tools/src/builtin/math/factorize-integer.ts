import { defineTool } from "../define-tool.js";

/** Prime factorisation of an integer. */
export const factorizeInteger = defineTool<{ n: number }>({
  name: "factorize_integer",
  description:
    "Break an integer between 2 and 10^12 into prime factors. Returns each prime with its exponent, the factorisation written out (e.g. '2^3 * 3^2 * 5') and the number of divisors.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      n: {
        type: "integer",
        minimum: 2,
        maximum: 1_000_000_000_000,
        description: "The integer to factorise (2 to 10^12).",
      },
    },
    required: ["n"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      n: { type: "integer" },
      factors: {
        type: "array",
        items: {
          type: "object",
          properties: { prime: { type: "integer" }, exponent: { type: "integer", minimum: 1 } },
          required: ["prime", "exponent"],
          additionalProperties: false,
        },
      },
      expression: { type: "string" },
      divisor_count: { type: "integer", minimum: 2 },
    },
    required: ["n", "factors", "expression", "divisor_count"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { n: 360 },
      result: {
        n: 360,
        factors: [
          { prime: 2, exponent: 3 },
          { prime: 3, exponent: 2 },
          { prime: 5, exponent: 1 },
        ],
        expression: "2^3 * 3^2 * 5",
        divisor_count: 24,
      },
    },
    {
      arguments: { n: 13 },
      result: { n: 13, factors: [{ prime: 13, exponent: 1 }], expression: "13", divisor_count: 2 },
    },
  ],
  invalidExamples: [
    { arguments: { n: 1 }, error: "$.n must be >= 2" },
    { arguments: { n: 10_000_000_000_000 }, error: "$.n must be <= 1000000000000" },
  ],
  run: ({ n }) => {
    const factors: { prime: number; exponent: number }[] = [];
    let rest = n;
    for (let p = 2; p * p <= rest; p += p === 2 ? 1 : 2) {
      let exponent = 0;
      while (rest % p === 0) {
        rest /= p;
        exponent += 1;
      }
      if (exponent > 0) {
        factors.push({ prime: p, exponent });
      }
    }
    if (rest > 1) {
      factors.push({ prime: rest, exponent: 1 });
    }
    const expression = factors
      .map((f) => (f.exponent === 1 ? `${f.prime}` : `${f.prime}^${f.exponent}`))
      .join(" * ");
    const divisorCount = factors.reduce((count, f) => count * (f.exponent + 1), 1);
    return { n, factors, expression, divisor_count: divisorCount };
  },
});
