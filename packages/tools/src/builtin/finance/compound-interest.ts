import { defineTool } from "../define-tool.js";

/** The balance and interest of a sum compounded n times a year (BFCL's `compound_interest`). */
export const compoundInterest = defineTool<{
  principal: number;
  rate: number;
  times_compounded: number;
  years: number;
}>({
  name: "compound_interest",
  description:
    "Calculates compound interest over time: the final amount principal * (1 + rate / times_compounded)^(times_compounded * years) and the interest earned (amount - principal), unrounded.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      principal: { type: "integer", minimum: 0, description: "The principal amount." },
      rate: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "The annual interest rate, from 0 to 1 (0.05 for 5 %).",
      },
      times_compounded: {
        type: "integer",
        minimum: 1,
        maximum: 366,
        description: "The number of times the interest is compounded per year (12 for monthly).",
      },
      years: {
        type: "integer",
        minimum: 0,
        maximum: 200,
        description: "The number of years to calculate the compound interest for.",
      },
    },
    required: ["principal", "rate", "times_compounded", "years"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { amount: { type: "number" }, interest: { type: "number" } },
    required: ["amount", "interest"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { principal: 1000, rate: 0.1, times_compounded: 1, years: 2 },
      result: { amount: 1210.0000000000002, interest: 210.00000000000023 },
    },
  ],
  invalidExamples: [
    {
      arguments: { principal: 1000, rate: 0.05, times_compounded: 0, years: 2 },
      error: "$.times_compounded must be >= 1",
    },
    { arguments: { principal: 1000, rate: 5, times_compounded: 12, years: 2 }, error: "$.rate must be <= 1" },
  ],
  run: ({ principal, rate, times_compounded, years }) => {
    const amount = principal * (1 + rate / times_compounded) ** (times_compounded * years);
    return { amount, interest: amount - principal };
  },
});
