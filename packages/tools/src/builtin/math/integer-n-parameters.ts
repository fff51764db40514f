import type { ObjectSchema } from "@apigen/core";

/**
 * The parameters of a math tool that takes one required integer `n` between `minimum` and `maximum`.
 *
 * @example
 * integerNParameters({ minimum: 0, maximum: 78, description: "How many." }).required; // ["n"]
 */
export function integerNParameters({
  minimum,
  maximum,
  description,
}: {
  minimum: number;
  maximum: number;
  description: string;
}): ObjectSchema {
  return {
    type: "object",
    properties: { n: { type: "integer", minimum, maximum, description } },
    required: ["n"],
    additionalProperties: false,
  };
}
