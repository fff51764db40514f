import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** A sale price after a percentage discount and sales tax. */
export const calculateDiscountPrice = defineTool<{
  original_price: number;
  discount_percent: number;
  tax_rate_percent?: number;
  quantity?: number;
}>({
  name: "calculate_discount_price",
  description:
    "Apply a percentage discount to a unit price, then sales tax on the discounted amount, for a quantity of items. Returns the discounted unit price, the savings, the tax and the total, all rounded to cents (2 decimals).",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      original_price: { type: "number", minimum: 0, description: "Regular price of one item." },
      discount_percent: {
        type: "number",
        minimum: 0,
        maximum: 100,
        description: "Discount in percent, e.g. 25 for 25% off.",
      },
      tax_rate_percent: {
        type: "number",
        minimum: 0,
        maximum: 30,
        default: 0,
        description: "Sales tax rate in percent applied after the discount.",
      },
      quantity: { type: "integer", minimum: 1, maximum: 10000, default: 1, description: "Number of items." },
    },
    required: ["original_price", "discount_percent"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      discounted_unit_price: { type: "number", minimum: 0 },
      subtotal: { type: "number", minimum: 0 },
      savings: { type: "number", minimum: 0 },
      tax: { type: "number", minimum: 0 },
      total: { type: "number", minimum: 0 },
    },
    required: ["discounted_unit_price", "subtotal", "savings", "tax", "total"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { original_price: 80, discount_percent: 25 },
      result: { discounted_unit_price: 60, subtotal: 60, savings: 20, tax: 0, total: 60 },
    },
    {
      arguments: { original_price: 19.99, discount_percent: 15, tax_rate_percent: 8.25, quantity: 3 },
      result: { discounted_unit_price: 16.99, subtotal: 50.97, savings: 9, tax: 4.21, total: 55.18 },
    },
  ],
  invalidExamples: [
    { arguments: { original_price: 80, discount_percent: 110 }, error: "$.discount_percent must be <= 100" },
    { arguments: { original_price: 80 }, error: "missing required argument 'discount_percent'" },
  ],
  run: ({ original_price, discount_percent, tax_rate_percent = 0, quantity = 1 }) => {
    const unit = roundTo(original_price * (1 - discount_percent / 100), 2, { method: "epsilon" });
    const subtotal = roundTo(unit * quantity, 2, { method: "epsilon" });
    const tax = roundTo((subtotal * tax_rate_percent) / 100, 2, { method: "epsilon" });
    return {
      discounted_unit_price: unit,
      subtotal,
      savings: roundTo(original_price * quantity - subtotal, 2, { method: "epsilon" }),
      tax,
      total: roundTo(subtotal + tax, 2, { method: "epsilon" }),
    };
  },
});
