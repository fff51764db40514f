import { defineTool } from "../define-tool.js";

/** The monthly payment of a fixed-rate mortgage (BFCL's `mortgage_calculator`). */
export const mortgageCalculator = defineTool<{
  loan_amount: number;
  interest_rate: number;
  loan_period: number;
}>({
  name: "mortgage_calculator",
  description:
    "Calculates the monthly mortgage payment of a fixed-rate loan repaid monthly: P * r / (1 - (1 + r)^-n) with r = interest_rate / 12 and n = loan_period * 12 (P / n at a 0 rate), unrounded.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      loan_amount: { type: "number", minimum: 0, description: "The amount of the loan." },
      interest_rate: {
        type: "number",
        minimum: 0,
        maximum: 1,
        description: "The annual interest rate of the loan, ranging from 0 to 1 (0.035 for 3.5 %).",
      },
      loan_period: {
        type: "integer",
        minimum: 1,
        maximum: 100,
        description: "The period of the loan, in years.",
      },
    },
    required: ["loan_amount", "interest_rate", "loan_period"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { loan_amount: 350000, interest_rate: 0.035, loan_period: 30 }, result: 1571.6564073308823 },
    { arguments: { loan_amount: 120000, interest_rate: 0, loan_period: 10 }, result: 1000 },
  ],
  invalidExamples: [
    {
      arguments: { loan_amount: 350000, interest_rate: 3.5, loan_period: 30 },
      error: "$.interest_rate must be <= 1",
    },
    {
      arguments: { loan_amount: 350000, interest_rate: 0.035, loan_period: 0 },
      error: "$.loan_period must be >= 1",
    },
  ],
  run: ({ loan_amount, interest_rate, loan_period }) => {
    const rate = interest_rate / 12;
    const payments = loan_period * 12;
    if (rate === 0) {
      return loan_amount / payments;
    }
    return (loan_amount * rate) / (1 - (1 + rate) ** -payments);
  },
});
