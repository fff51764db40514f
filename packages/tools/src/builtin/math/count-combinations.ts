import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { bigFactorialRatio } from "./big-factorial-ratio.js";

/** Counts selections of k items from n: combinations or permutations, with or without repetition. */
export const countCombinations = defineTool<{
  n: number;
  k: number;
  order_matters?: boolean;
  repetition?: boolean;
}>({
  name: "count_combinations",
  description:
    "Count the ways to choose k items from n distinct items: combinations (order ignored) or permutations (order matters), with or without repetition. Returns the exact count as a decimal string (it can exceed 2^53) and the formula used.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      n: {
        type: "integer",
        minimum: 0,
        maximum: 1000,
        description: "Number of distinct items to choose from.",
      },
      k: { type: "integer", minimum: 0, maximum: 1000, description: "Number of items chosen." },
      order_matters: {
        type: "boolean",
        default: false,
        description: "True to count ordered arrangements (permutations). Default false (combinations).",
      },
      repetition: {
        type: "boolean",
        default: false,
        description: "True if the same item may be chosen more than once. Default false.",
      },
    },
    required: ["n", "k"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      count: { type: "string", pattern: "^[0-9]+$" },
      formula: { type: "string" },
    },
    required: ["count", "formula"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { n: 5, k: 2 }, result: { count: "10", formula: "C(n,k) = n! / (k! (n-k)!)" } },
    {
      arguments: { n: 10, k: 3, order_matters: true },
      result: { count: "720", formula: "P(n,k) = n! / (n-k)!" },
    },
    {
      arguments: { n: 4, k: 3, order_matters: true, repetition: true },
      result: { count: "64", formula: "n^k" },
    },
    {
      arguments: { n: 3, k: 2, repetition: true },
      result: { count: "6", formula: "C(n+k-1,k) = (n+k-1)! / (k! (n-1)!)" },
    },
  ],
  invalidExamples: [
    { arguments: { n: 3, k: 5 }, error: "k (5) cannot exceed n (3) without repetition" },
    { arguments: { n: 5 }, error: "missing required argument 'k'" },
  ],
  run: ({ n, k, order_matters: ordered = false, repetition = false }) => {
    if (!repetition && k > n) {
      throw new ToolArgumentError({
        message: `k (${k}) cannot exceed n (${n}) without repetition; set repetition to true or lower k`,
        argument: "k",
      });
    }
    if (ordered && repetition) {
      return { count: (BigInt(n) ** BigInt(k)).toString(), formula: "n^k" };
    }
    if (ordered) {
      return { count: bigFactorialRatio(n, n - k).toString(), formula: "P(n,k) = n! / (n-k)!" };
    }
    if (repetition) {
      if (n === 0) {
        return { count: k === 0 ? "1" : "0", formula: "C(n+k-1,k) = (n+k-1)! / (k! (n-1)!)" };
      }
      const count = bigFactorialRatio(n + k - 1, n - 1) / bigFactorialRatio(k, 0);
      return { count: count.toString(), formula: "C(n+k-1,k) = (n+k-1)! / (k! (n-1)!)" };
    }
    return {
      count: (bigFactorialRatio(n, n - k) / bigFactorialRatio(k, 0)).toString(),
      formula: "C(n,k) = n! / (k! (n-k)!)",
    };
  },
});
