import { defineTool } from "../define-tool.js";

/** An investment's value deflated by a yearly series of inflation rates (BFCL's `adjust_for_inflation`). */
export const adjustForInflation = defineTool<{ investment_value: number; inflation_rates: number[] }>({
  name: "adjust_for_inflation",
  description:
    "Adjusts the investment value for inflation for each year: divides it by (1 + rate) for every yearly rate in turn and returns the real value, unrounded.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      investment_value: { type: "number", description: "The value of the investment to adjust." },
      inflation_rates: {
        type: "array",
        items: { type: "number", minimum: -0.99, maximum: 10 },
        maxItems: 500,
        description: "The inflation rates for each year, as fractions (0.02 for 2 %).",
      },
    },
    required: ["investment_value", "inflation_rates"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { investment_value: 1210, inflation_rates: [0.1, 0.1] }, result: 999.9999999999999 },
    { arguments: { investment_value: 500, inflation_rates: [] }, result: 500 },
  ],
  invalidExamples: [
    {
      arguments: { investment_value: 100, inflation_rates: [2, 50] },
      error: "$.inflation_rates[1] must be <= 10",
    },
    { arguments: { investment_value: 100, inflation_rates: 0.02 }, error: "$.inflation_rates must be array" },
  ],
  run: ({ investment_value, inflation_rates }) =>
    inflation_rates.reduce((value, rate) => value / (1 + rate), investment_value),
});
