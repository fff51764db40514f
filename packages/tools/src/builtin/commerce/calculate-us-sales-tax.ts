import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { stateSalesTaxRates } from "./data/us-sales-tax.js";

/** State sales tax on a purchase. */
export const calculateUsSalesTax = defineTool<{ amount: number; state: string; local_rate_percent?: number }>(
  {
    name: "calculate_us_sales_tax",
    description:
      "Compute the sales tax on a purchase in a US state from the state-level rate in effect on 1 January 2024, plus an optional local (county/city) rate you supply. Returns the state, the rates used, the tax and the total, rounded to cents, and whether local sales taxes exist in that state.",
    category: "Commerce",
    parameters: {
      type: "object",
      properties: {
        amount: { type: "number", minimum: 0, description: "Taxable purchase amount in USD." },
        state: {
          type: "string",
          enum: Object.keys(stateSalesTaxRates),
          description: "Two-letter USPS code of the state (or DC).",
        },
        local_rate_percent: {
          type: "number",
          minimum: 0,
          maximum: 6,
          default: 0,
          description: "Combined local sales tax rate in percent, added to the state rate.",
        },
      },
      required: ["amount", "state"],
      additionalProperties: false,
    },
    returns: {
      type: "object",
      properties: {
        state: { type: "string" },
        state_rate_percent: { type: "number" },
        local_rate_percent: { type: "number" },
        combined_rate_percent: { type: "number" },
        tax: { type: "number", minimum: 0 },
        total: { type: "number", minimum: 0 },
        state_allows_local_taxes: { type: "boolean" },
      },
      required: [
        "state",
        "state_rate_percent",
        "local_rate_percent",
        "combined_rate_percent",
        "tax",
        "total",
        "state_allows_local_taxes",
      ],
      additionalProperties: false,
    },
    examples: [
      {
        arguments: { amount: 250, state: "CA" },
        result: {
          state: "California",
          state_rate_percent: 7.25,
          local_rate_percent: 0,
          combined_rate_percent: 7.25,
          tax: 18.13,
          total: 268.13,
          state_allows_local_taxes: true,
        },
      },
      {
        arguments: { amount: 99.99, state: "NY", local_rate_percent: 4.5 },
        result: {
          state: "New York",
          state_rate_percent: 4,
          local_rate_percent: 4.5,
          combined_rate_percent: 8.5,
          tax: 8.5,
          total: 108.49,
          state_allows_local_taxes: true,
        },
      },
      {
        arguments: { amount: 1200, state: "OR" },
        result: {
          state: "Oregon",
          state_rate_percent: 0,
          local_rate_percent: 0,
          combined_rate_percent: 0,
          tax: 0,
          total: 1200,
          state_allows_local_taxes: false,
        },
      },
    ],
    invalidExamples: [
      { arguments: { amount: 100, state: "XX" }, error: "$.state must be one of" },
      { arguments: { amount: -3, state: "TX" }, error: "$.amount must be >= 0" },
    ],
    run: ({ amount, state, local_rate_percent = 0 }) => {
      const entry = stateSalesTaxRates[state] ?? { state, rate: 0, local_taxes: false };
      const combined = roundTo(entry.rate + local_rate_percent, 3);
      const tax = roundTo((amount * combined) / 100, 2, { method: "epsilon" });
      return {
        state: entry.state,
        state_rate_percent: entry.rate,
        local_rate_percent,
        combined_rate_percent: combined,
        tax,
        total: roundTo(amount + tax, 2),
        state_allows_local_taxes: entry.local_taxes,
      };
    },
  },
);
