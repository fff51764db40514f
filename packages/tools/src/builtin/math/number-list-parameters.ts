import type { ObjectSchema } from "@apigen/core";

/** The parameters of BFCL's list statistics tools: one required non-empty list `numbers`. */
export const numberListParameters: ObjectSchema = {
  type: "object",
  properties: {
    numbers: { type: "array", items: { type: "number" }, minItems: 1, description: "The list of numbers." },
  },
  required: ["numbers"],
  additionalProperties: false,
};
