import { defineTool } from "../define-tool.js";

/** What an amount is worth in today's money after years of inflation (BFCL's `inflation_adjustment`). */
export const inflationAdjustment = defineTool<{ amount: number; inflation_rate: number; years: number }>({
  name: "inflation_adjustment",
  description:
    "Adjusts an amount for inflation: its value in today's money after a number of years at a constant annual inflation rate, amount / (1 + inflation_rate)^years, unrounded.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      amount: { type: "number", description: "The amount to adjust for inflation." },
      inflation_rate: {
        type: "number",
        minimum: -0.99,
        maximum: 10,
        description: "The annual inflation rate as a fraction (0.03 for 3 %).",
      },
      years: {
        type: "integer",
        minimum: 0,
        maximum: 500,
        description: "The number of years to adjust for inflation.",
      },
    },
    required: ["amount", "inflation_rate", "years"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { amount: 1210, inflation_rate: 0.1, years: 2 }, result: 999.9999999999999 },
    { arguments: { amount: 500, inflation_rate: 0, years: 10 }, result: 500 },
  ],
  invalidExamples: [
    { arguments: { amount: 100, inflation_rate: 0.02, years: -1 }, error: "$.years must be >= 0" },
    { arguments: { amount: 100, inflation_rate: -1, years: 2 }, error: "$.inflation_rate must be >= -0.99" },
  ],
  run: ({ amount, inflation_rate, years }) => amount / (1 + inflation_rate) ** years,
});
