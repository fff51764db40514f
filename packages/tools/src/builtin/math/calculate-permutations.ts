import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { bigFactorialRatio } from "./big-factorial-ratio.js";

/** The number of ordered selections of k elements from n (BFCL's `calculate_permutations`). */
export const calculatePermutations = defineTool<{ n: number; k: number }>({
  name: "calculate_permutations",
  description:
    "Calculates the number of permutations of k elements from a set of n elements, n! / (n - k)!, exactly (as Python's math.perm).",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      n: { type: "integer", minimum: 0, description: "The number of elements in the set." },
      k: { type: "integer", minimum: 0, description: "The number of elements to choose." },
    },
    required: ["n", "k"],
    additionalProperties: false,
  },
  returns: { type: "integer", minimum: 0 },
  examples: [
    { arguments: { n: 26, k: 5 }, result: 7893600 },
    { arguments: { n: 7, k: 3 }, result: 210 },
    { arguments: { n: 3, k: 5 }, result: 0 },
  ],
  invalidExamples: [
    { arguments: { n: 100, k: 50 }, error: "exceeds" },
    { arguments: { n: -1, k: 0 }, error: "$.n must be >= 0" },
  ],
  run: ({ n, k }) => {
    if (k > n) {
      return 0;
    }
    const count = bigFactorialRatio(n, n - k);
    if (count > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new ToolArgumentError({
        message: `the number of permutations exceeds ${Number.MAX_SAFE_INTEGER} (2^53 - 1) and cannot be returned exactly; use a smaller k`,
        argument: "k",
      });
    }
    return Number(count);
  },
});
