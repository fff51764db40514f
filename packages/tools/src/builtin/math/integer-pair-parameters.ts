import type { ObjectSchema } from "@apigen/core";

/** The parameters of BFCL's `math_gcd` and `math_lcm`: two required integers `a` and `b`. */
export const integerPairParameters: ObjectSchema = {
  type: "object",
  properties: {
    a: { type: "integer", description: "The first number. This should be the larger number." },
    b: { type: "integer", description: "The second number." },
  },
  required: ["a", "b"],
  additionalProperties: false,
};
