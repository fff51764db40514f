import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface LineItem {
  description: string;
  quantity: number;
  unit_price: number;
  discount_percent?: number;
  tax_rate_percent?: number;
}

/** Line totals, discounts, tax and grand total of an invoice. */
export const calculateInvoiceTotal = defineTool<{
  line_items: LineItem[];
  currency: string;
  shipping?: number;
  shipping_tax_rate_percent?: number;
}>({
  name: "calculate_invoice_total",
  description:
    "Compute an invoice from its line items: each line's net amount after its discount and its tax at its own rate, then the subtotal, total discount, tax (grouped by rate) and grand total including shipping. Every amount is rounded to 2 decimals per line, so totals equal the sum of the lines.",
  category: "Business",
  parameters: {
    type: "object",
    properties: {
      line_items: {
        type: "array",
        minItems: 1,
        maxItems: 100,
        description: "The invoiced items.",
        items: {
          type: "object",
          properties: {
            description: {
              type: "string",
              minLength: 1,
              maxLength: 200,
              description: "What is billed, e.g. 'Consulting (hours)'.",
            },
            quantity: { type: "number", exclusiveMinimum: 0, description: "Quantity billed." },
            unit_price: {
              type: "number",
              minimum: 0,
              description: "Price per unit before discount and tax.",
            },
            discount_percent: {
              type: "number",
              minimum: 0,
              maximum: 100,
              default: 0,
              description: "Line discount in percent. Default 0.",
            },
            tax_rate_percent: {
              type: "number",
              minimum: 0,
              maximum: 50,
              default: 0,
              description: "VAT or sales tax rate for the line, in percent. Default 0.",
            },
          },
          required: ["description", "quantity", "unit_price"],
          additionalProperties: false,
        },
      },
      currency: { type: "string", pattern: "^[A-Z]{3}$", description: "ISO 4217 currency code, e.g. 'EUR'." },
      shipping: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Shipping charge before tax. Default 0.",
      },
      shipping_tax_rate_percent: {
        type: "number",
        minimum: 0,
        maximum: 50,
        default: 0,
        description: "Tax rate on shipping, in percent. Default 0.",
      },
    },
    required: ["line_items", "currency"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      currency: { type: "string" },
      lines: {
        type: "array",
        items: {
          type: "object",
          properties: {
            description: { type: "string" },
            gross: { type: "number" },
            discount: { type: "number" },
            net: { type: "number" },
            tax: { type: "number" },
            total: { type: "number" },
          },
          required: ["description", "gross", "discount", "net", "tax", "total"],
          additionalProperties: false,
        },
      },
      subtotal: { type: "number", description: "Sum of line nets plus shipping." },
      total_discount: { type: "number" },
      tax_by_rate: {
        type: "array",
        items: {
          type: "object",
          properties: {
            rate_percent: { type: "number" },
            taxable: { type: "number" },
            tax: { type: "number" },
          },
          required: ["rate_percent", "taxable", "tax"],
          additionalProperties: false,
        },
      },
      total_tax: { type: "number" },
      grand_total: { type: "number" },
    },
    required: ["currency", "lines", "subtotal", "total_discount", "tax_by_rate", "total_tax", "grand_total"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        currency: "EUR",
        line_items: [
          { description: "Consulting (hours)", quantity: 12.5, unit_price: 95, tax_rate_percent: 19 },
          {
            description: "Printed manuals",
            quantity: 3,
            unit_price: 24.99,
            discount_percent: 10,
            tax_rate_percent: 7,
          },
        ],
        shipping: 6.9,
        shipping_tax_rate_percent: 19,
      },
      result: {
        currency: "EUR",
        lines: [
          {
            description: "Consulting (hours)",
            gross: 1187.5,
            discount: 0,
            net: 1187.5,
            tax: 225.63,
            total: 1413.13,
          },
          {
            description: "Printed manuals",
            gross: 74.97,
            discount: 7.5,
            net: 67.47,
            tax: 4.72,
            total: 72.19,
          },
        ],
        subtotal: 1261.87,
        total_discount: 7.5,
        tax_by_rate: [
          { rate_percent: 7, taxable: 67.47, tax: 4.72 },
          { rate_percent: 19, taxable: 1194.4, tax: 226.94 },
        ],
        total_tax: 231.66,
        grand_total: 1493.53,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { currency: "euro", line_items: [{ description: "x", quantity: 1, unit_price: 1 }] },
      error: "$.currency must match pattern",
    },
    {
      arguments: { currency: "EUR", line_items: [{ description: "x", quantity: 0, unit_price: 1 }] },
      error: "$.line_items[0].quantity must be > 0",
    },
  ],
  run: ({ line_items: items, currency, shipping = 0, shipping_tax_rate_percent: shippingRate = 0 }) => {
    const byRate = new Map<number, { taxable: number; tax: number }>();
    const addTax = (rate: number, taxable: number, tax: number) => {
      const entry = byRate.get(rate) ?? { taxable: 0, tax: 0 };
      byRate.set(rate, { taxable: entry.taxable + taxable, tax: entry.tax + tax });
    };
    const lines = items.map((item) => {
      const gross = roundTo(item.quantity * item.unit_price, 2, { method: "decimal" });
      const discount = roundTo((gross * (item.discount_percent ?? 0)) / 100, 2, { method: "decimal" });
      const net = roundTo(gross - discount, 2, { method: "decimal" });
      const rate = item.tax_rate_percent ?? 0;
      const tax = roundTo((net * rate) / 100, 2, { method: "decimal" });
      addTax(rate, net, tax);
      return {
        description: item.description,
        gross,
        discount,
        net,
        tax,
        total: roundTo(net + tax, 2, { method: "decimal" }),
      };
    });
    const shippingTax = roundTo((shipping * shippingRate) / 100, 2, { method: "decimal" });
    if (shipping > 0) {
      addTax(shippingRate, shipping, shippingTax);
    }
    const sum = (values: number[]) =>
      roundTo(
        values.reduce((a, b) => a + b, 0),
        2,
        { method: "decimal" },
      );
    const subtotal = sum([...lines.map((l) => l.net), shipping]);
    const totalTax = sum([...lines.map((l) => l.tax), shippingTax]);
    return {
      currency,
      lines,
      subtotal,
      total_discount: sum(lines.map((l) => l.discount)),
      tax_by_rate: [...byRate.entries()]
        .sort(([a], [b]) => a - b)
        .map(([rate, v]) => ({
          rate_percent: rate,
          taxable: roundTo(v.taxable, 2, { method: "decimal" }),
          tax: roundTo(v.tax, 2, { method: "decimal" }),
        })),
      total_tax: totalTax,
      grand_total: roundTo(subtotal + totalTax, 2, { method: "decimal" }),
    };
  },
});
