import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) {
    [x, y] = [y, x % y];
  }
  return x;
}

/** Greatest common divisor and least common multiple of a list of positive integers. */
export const calculateGcdLcm = defineTool<{ numbers: number[] }>({
  name: "calculate_gcd_lcm",
  description:
    "Compute the greatest common divisor (GCD) and least common multiple (LCM) of 2 to 20 positive integers. Returns both, plus whether the numbers are pairwise coprime.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      numbers: {
        type: "array",
        description: "The positive integers, e.g. [12, 18, 30].",
        items: { type: "integer", minimum: 1, maximum: 1_000_000_000_000 },
        minItems: 2,
        maxItems: 20,
      },
    },
    required: ["numbers"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      gcd: { type: "integer", minimum: 1 },
      lcm: { type: "integer", minimum: 1 },
      pairwise_coprime: { type: "boolean" },
    },
    required: ["gcd", "lcm", "pairwise_coprime"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { numbers: [12, 18, 30] }, result: { gcd: 6, lcm: 180, pairwise_coprime: false } },
    { arguments: { numbers: [4, 9, 25] }, result: { gcd: 1, lcm: 900, pairwise_coprime: true } },
  ],
  invalidExamples: [
    { arguments: { numbers: [12] }, error: "$.numbers must NOT have fewer than 2 items" },
    { arguments: { numbers: [999_999_999_989, 999_999_999_961] }, error: "LCM exceeds" },
  ],
  run: ({ numbers }) => {
    const values = numbers.map(BigInt);
    let g = values[0] ?? 1n;
    let l = values[0] ?? 1n;
    let coprime = true;
    for (let i = 1; i < values.length; i += 1) {
      const value = values[i] ?? 1n;
      g = gcd(g, value);
      l = (l / gcd(l, value)) * value;
      for (let j = 0; j < i; j += 1) {
        if (gcd(values[j] ?? 1n, value) !== 1n) {
          coprime = false;
        }
      }
    }
    if (l > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new ToolArgumentError({
        message: `the LCM exceeds ${Number.MAX_SAFE_INTEGER} (2^53 - 1) and cannot be returned exactly; use fewer or smaller numbers`,
        argument: "numbers",
      });
    }
    return { gcd: Number(g), lcm: Number(l), pairwise_coprime: coprime };
  },
});
