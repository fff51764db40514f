import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { greatestCommonDivisor } from "../shared/greatest-common-divisor.js";
import { integerPairParameters } from "./integer-pair-parameters.js";

/** The least common multiple of two integers (BFCL's `math_lcm`). */
export const mathLcm = defineTool<{ a: number; b: number }>({
  name: "math_lcm",
  description:
    "Calculates the least common multiple of two integers, as Python's math.lcm does: never negative, and 0 when either number is 0.",
  category: "Math",
  parameters: integerPairParameters,
  returns: { type: "integer", minimum: 0 },
  examples: [
    { arguments: { a: 24, b: 18 }, result: 72 },
    { arguments: { a: 15, b: 25 }, result: 75 },
  ],
  invalidExamples: [
    { arguments: { a: "24", b: 18 }, error: "$.a must be integer" },
    { arguments: { a: 999_999_937, b: 999_999_929 }, error: "exceeds" },
  ],
  run: ({ a, b }) => {
    const [x, y] = [Math.abs(a), Math.abs(b)];
    if (x === 0 || y === 0) {
      return 0;
    }
    const lcm = (x / greatestCommonDivisor(x, y)) * y;
    if (!Number.isSafeInteger(lcm)) {
      throw new ToolArgumentError({
        message: `the LCM exceeds ${Number.MAX_SAFE_INTEGER} (2^53 - 1) and cannot be returned exactly; use smaller numbers`,
        argument: "a",
      });
    }
    return lcm;
  },
});
