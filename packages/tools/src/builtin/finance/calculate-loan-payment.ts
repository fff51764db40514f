import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { annuityPayment } from "./annuity-payment.js";

/** Monthly payment of a fully amortising fixed-rate loan. */
export const calculateLoanPayment = defineTool<{
  principal: number;
  annual_interest_rate: number;
  term_months: number;
}>({
  name: "calculate_loan_payment",
  description:
    "Calculate the fixed monthly payment of a fully amortising loan (mortgage, car or personal loan) with monthly compounding. Returns the monthly payment, the total paid and the total interest, rounded to 2 decimals.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      principal: { type: "number", exclusiveMinimum: 0, description: "Amount borrowed, e.g. 250000." },
      annual_interest_rate: {
        type: "number",
        minimum: 0,
        maximum: 100,
        description: "Nominal annual interest rate in percent, e.g. 6.5 for 6.5%.",
      },
      term_months: {
        type: "integer",
        minimum: 1,
        maximum: 600,
        description: "Number of monthly payments, e.g. 360 for a 30-year mortgage.",
      },
    },
    required: ["principal", "annual_interest_rate", "term_months"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      monthly_payment: { type: "number" },
      total_paid: { type: "number" },
      total_interest: { type: "number" },
    },
    required: ["monthly_payment", "total_paid", "total_interest"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { principal: 200000, annual_interest_rate: 6, term_months: 360 },
      result: { monthly_payment: 1199.1, total_paid: 431676.38, total_interest: 231676.38 },
    },
    {
      arguments: { principal: 12000, annual_interest_rate: 0, term_months: 24 },
      result: { monthly_payment: 500, total_paid: 12000, total_interest: 0 },
    },
  ],
  invalidExamples: [
    {
      arguments: { principal: 0, annual_interest_rate: 5, term_months: 12 },
      error: "$.principal must be > 0",
    },
    {
      arguments: { principal: 1000, annual_interest_rate: 5 },
      error: "missing required argument 'term_months'",
    },
  ],
  run: ({ principal, annual_interest_rate, term_months }) => {
    const payment = annuityPayment(principal, annual_interest_rate / 1200, term_months);
    const total = payment * term_months;
    return {
      monthly_payment: roundTo(payment, 2, { method: "half-away-from-zero" }),
      total_paid: roundTo(total, 2, { method: "half-away-from-zero" }),
      total_interest: roundTo(total - principal, 2, { method: "half-away-from-zero" }),
    };
  },
});
