import { defineTool } from "../define-tool.js";

/** The future value of a sum compounded yearly (BFCL's `calculate_future_value`). */
export const calculateFutureValue = defineTool<{
  present_value: number;
  interest_rate: number;
  periods: number;
}>({
  name: "calculate_future_value",
  description:
    "Calculates the future value of an investment compounded once a year: present_value * (1 + interest_rate)^periods, in dollars, unrounded.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      present_value: { type: "number", description: "The present value of the investment, in dollars." },
      interest_rate: {
        type: "number",
        minimum: -1,
        maximum: 1,
        description: "The yearly interest rate of the investment, ranging from 0 to 1 (0.05 for 5 %).",
      },
      periods: {
        type: "integer",
        minimum: 0,
        maximum: 1000,
        description: "The number of periods, in years.",
      },
    },
    required: ["present_value", "interest_rate", "periods"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { present_value: 5000, interest_rate: 0.05, periods: 10 }, result: 8144.473133887212 },
    { arguments: { present_value: 1000, interest_rate: 0.1, periods: 2 }, result: 1210.0000000000002 },
  ],
  invalidExamples: [
    {
      arguments: { present_value: 5000, interest_rate: 5, periods: 10 },
      error: "$.interest_rate must be <= 1",
    },
    {
      arguments: { present_value: 5000, interest_rate: 0.05, periods: 2.5 },
      error: "$.periods must be integer",
    },
  ],
  run: ({ present_value, interest_rate, periods }) => present_value * (1 + interest_rate) ** periods,
});
