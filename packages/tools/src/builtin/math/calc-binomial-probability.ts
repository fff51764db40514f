import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { bigFactorialRatio } from "./big-factorial-ratio.js";

/** The binomial probability of exactly k successes in n trials (BFCL's `calc_binomial_probability`). */
export const calcBinomialProbability = defineTool<{ n: number; k: number; p: number }>({
  name: "calc_binomial_probability",
  description:
    "Calculates the probability of getting exactly k successes in n independent trials with success probability p: C(n, k) * p^k * (1 - p)^(n - k), unrounded.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      n: { type: "integer", minimum: 0, maximum: 1000, description: "The number of trials." },
      k: { type: "integer", minimum: 0, description: "The number of successes." },
      p: { type: "number", minimum: 0, maximum: 1, description: "The probability of success." },
    },
    required: ["n", "k", "p"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0, maximum: 1 },
  examples: [
    { arguments: { n: 10, k: 5, p: 0.5 }, result: 0.24609375 },
    { arguments: { n: 5, k: 3, p: 0.5 }, result: 0.3125 },
  ],
  invalidExamples: [
    { arguments: { n: 5, k: 6, p: 0.5 }, error: "k (6) cannot exceed n (5)" },
    { arguments: { n: 5, k: 2, p: 1.5 }, error: "$.p must be <= 1" },
  ],
  run: ({ n, k, p }) => {
    if (k > n) {
      throw new ToolArgumentError({ message: `k (${k}) cannot exceed n (${n})`, argument: "k" });
    }
    const combinations = Number(bigFactorialRatio(n, n - k) / bigFactorialRatio(k, 0));
    return combinations * p ** k * (1 - p) ** (n - k);
  },
});
