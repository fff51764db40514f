import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { findDuplicate } from "../shared/find-duplicate.js";
import { roundTo } from "../shared/round-to.js";

interface Item {
  sku: string;
  unit_price: number;
  quantity: number;
}

interface Args {
  items: Item[];
  coupon_percent?: number;
  tax_rate_percent?: number;
  shipping_fee?: number;
  free_shipping_threshold?: number;
}

/** The checkout breakdown of a shopping cart. */
export const calculateCartTotal = defineTool<Args>({
  name: "calculate_cart_total",
  description:
    "Compute a shopping cart's checkout breakdown: line totals, subtotal, coupon discount, shipping (free at or above a threshold on the discounted subtotal), sales tax on the discounted goods, and the grand total. Amounts are rounded to cents.",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      items: {
        type: "array",
        minItems: 1,
        maxItems: 100,
        description: "Cart lines, one per distinct SKU.",
        items: {
          type: "object",
          properties: {
            sku: { type: "string", minLength: 1, maxLength: 40, description: "Stock-keeping unit." },
            unit_price: { type: "number", minimum: 0, description: "Price of one unit." },
            quantity: { type: "integer", minimum: 1, maximum: 999, description: "Units ordered." },
          },
          required: ["sku", "unit_price", "quantity"],
          additionalProperties: false,
        },
      },
      coupon_percent: {
        type: "number",
        minimum: 0,
        maximum: 100,
        default: 0,
        description: "Order-wide discount in percent.",
      },
      tax_rate_percent: {
        type: "number",
        minimum: 0,
        maximum: 30,
        default: 0,
        description: "Sales tax rate in percent on the discounted goods (not shipping).",
      },
      shipping_fee: { type: "number", minimum: 0, default: 0, description: "Flat shipping fee." },
      free_shipping_threshold: {
        type: "number",
        minimum: 0,
        description: "Discounted subtotal at or above which shipping is free.",
      },
    },
    required: ["items"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      lines: {
        type: "array",
        items: {
          type: "object",
          properties: {
            sku: { type: "string" },
            quantity: { type: "integer" },
            line_total: { type: "number" },
          },
          required: ["sku", "quantity", "line_total"],
          additionalProperties: false,
        },
      },
      item_count: { type: "integer" },
      subtotal: { type: "number" },
      discount: { type: "number" },
      shipping: { type: "number" },
      tax: { type: "number" },
      total: { type: "number" },
    },
    required: ["lines", "item_count", "subtotal", "discount", "shipping", "tax", "total"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        items: [
          { sku: "TSHIRT-M", unit_price: 19.5, quantity: 2 },
          { sku: "MUG-01", unit_price: 12, quantity: 1 },
        ],
        coupon_percent: 10,
        tax_rate_percent: 8,
        shipping_fee: 5.99,
        free_shipping_threshold: 75,
      },
      result: {
        lines: [
          { sku: "TSHIRT-M", quantity: 2, line_total: 39 },
          { sku: "MUG-01", quantity: 1, line_total: 12 },
        ],
        item_count: 3,
        subtotal: 51,
        discount: 5.1,
        shipping: 5.99,
        tax: 3.67,
        total: 55.56,
      },
    },
    {
      arguments: {
        items: [{ sku: "BOOT-42", unit_price: 120, quantity: 1 }],
        shipping_fee: 7,
        free_shipping_threshold: 100,
      },
      result: {
        lines: [{ sku: "BOOT-42", quantity: 1, line_total: 120 }],
        item_count: 1,
        subtotal: 120,
        discount: 0,
        shipping: 0,
        tax: 0,
        total: 120,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        items: [
          { sku: "A1", unit_price: 5, quantity: 1 },
          { sku: "A1", unit_price: 5, quantity: 2 },
        ],
      },
      error: "SKU 'A1' appears in more than one line",
    },
    { arguments: { items: [] }, error: "$.items must NOT have fewer than 1 items" },
  ],
  run: ({ items, coupon_percent = 0, tax_rate_percent = 0, shipping_fee = 0, free_shipping_threshold }) => {
    const repeated = findDuplicate(items, (item) => item.sku);
    if (repeated !== undefined) {
      throw new ToolArgumentError({
        message: `SKU '${repeated.sku}' appears in more than one line: merge them into one line with the summed quantity`,
        argument: "items",
      });
    }
    const lines = items.map((item) => ({
      sku: item.sku,
      quantity: item.quantity,
      line_total: roundTo(item.unit_price * item.quantity, 2, { method: "epsilon" }),
    }));
    const subtotal = roundTo(
      lines.reduce((sum, line) => sum + line.line_total, 0),
      2,
      { method: "epsilon" },
    );
    const discount = roundTo((subtotal * coupon_percent) / 100, 2, { method: "epsilon" });
    const goods = roundTo(subtotal - discount, 2, { method: "epsilon" });
    const shipping =
      free_shipping_threshold !== undefined && goods >= free_shipping_threshold ? 0 : shipping_fee;
    const tax = roundTo((goods * tax_rate_percent) / 100, 2, { method: "epsilon" });
    return {
      lines,
      item_count: items.reduce((sum, item) => sum + item.quantity, 0),
      subtotal,
      discount,
      shipping,
      tax,
      total: roundTo(goods + shipping + tax, 2, { method: "epsilon" }),
    };
  },
});
