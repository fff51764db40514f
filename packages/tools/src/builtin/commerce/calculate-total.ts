import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** The total of an order from quantities and prices (BFCL's `calculate_total`). */
export const calculateTotal = defineTool<{ quantities: number[]; prices: number[] }>({
  name: "calculate_total",
  description:
    "Calculates the total price of an order given the quantities and unit prices of each product (two lists of the same length): the sum of quantity * price.",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      quantities: {
        type: "array",
        items: { type: "integer", minimum: 0 },
        description: "The quantities of each product.",
      },
      prices: {
        type: "array",
        items: { type: "number", minimum: 0 },
        description: "The price of each product.",
      },
    },
    required: ["quantities", "prices"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { quantities: [101, 20], prices: [0.1, 10] }, result: 210.1 },
    { arguments: { quantities: [], prices: [] }, result: 0 },
  ],
  invalidExamples: [
    {
      arguments: { quantities: [1, 2], prices: [5] },
      error: "quantities and prices must have the same length",
    },
    { arguments: { quantities: [-1], prices: [5] }, error: "$.quantities[0] must be >= 0" },
  ],
  run: ({ quantities, prices }) => {
    if (quantities.length !== prices.length) {
      throw new ToolArgumentError({
        message: `quantities and prices must have the same length; got ${quantities.length} and ${prices.length}`,
        argument: "prices",
      });
    }
    return quantities.reduce((total, count, index) => total + count * (prices[index] ?? 0), 0);
  },
});
