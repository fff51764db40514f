import { defineTool } from "../define-tool.js";

/** A total after a percentage discount (BFCL's `apply_discount`). */
export const applyDiscount = defineTool<{ total: number; discount: number }>({
  name: "apply_discount",
  description:
    "Applies a percentage discount to a total price and returns the discounted total: total * (1 - discount / 100), unrounded.",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      total: { type: "number", minimum: 0, description: "The original total price." },
      discount: {
        type: "number",
        minimum: 0,
        maximum: 100,
        description: "The discount percentage to apply, from 0 to 100 (20 for 20 % off).",
      },
    },
    required: ["total", "discount"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { total: 210, discount: 20 }, result: 168 },
    { arguments: { total: 50, discount: 0 }, result: 50 },
  ],
  invalidExamples: [
    { arguments: { total: 210, discount: 120 }, error: "$.discount must be <= 100" },
    { arguments: { total: -5, discount: 10 }, error: "$.total must be >= 0" },
  ],
  run: ({ total, discount }) => total * (1 - discount / 100),
});
