import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Compound annual growth rate between two values. */
export const calculateCagr = defineTool<{ start_value: number; end_value: number; years: number }>({
  name: "calculate_cagr",
  description:
    "Calculate the compound annual growth rate (CAGR) of an investment or metric that went from a start value to an end value over a number of years. Returns the CAGR and total growth in percent, rounded to 2 decimals.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      start_value: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Value at the beginning of the period.",
      },
      end_value: { type: "number", minimum: 0, description: "Value at the end of the period." },
      years: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Length of the period in years (fractions allowed).",
      },
    },
    required: ["start_value", "end_value", "years"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { cagr_percent: { type: "number" }, total_growth_percent: { type: "number" } },
    required: ["cagr_percent", "total_growth_percent"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { start_value: 1000, end_value: 2000, years: 5 },
      result: { cagr_percent: 14.87, total_growth_percent: 100 },
    },
    {
      arguments: { start_value: 500, end_value: 400, years: 2 },
      result: { cagr_percent: -10.56, total_growth_percent: -20 },
    },
  ],
  invalidExamples: [
    { arguments: { start_value: 0, end_value: 100, years: 3 }, error: "$.start_value must be > 0" },
    { arguments: { start_value: 100, end_value: 200 }, error: "missing required argument 'years'" },
  ],
  run: ({ start_value, end_value, years }) => ({
    cagr_percent: roundTo(((end_value / start_value) ** (1 / years) - 1) * 100, 2, {
      method: "half-away-from-zero",
    }),
    total_growth_percent: roundTo((end_value / start_value - 1) * 100, 2, { method: "half-away-from-zero" }),
  }),
});
