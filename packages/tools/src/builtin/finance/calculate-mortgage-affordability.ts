import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** The most house a household can afford under a debt-to-income limit. */
export const calculateMortgageAffordability = defineTool<{
  annual_income: number;
  monthly_debts: number;
  down_payment: number;
  annual_interest_rate: number;
  term_years?: 10 | 15 | 20 | 25 | 30;
  max_debt_to_income_percent?: number;
}>({
  name: "calculate_mortgage_affordability",
  description:
    "Estimate the most expensive home a buyer can afford: the monthly budget allowed by a debt-to-income (DTI) limit, minus existing debts, becomes the largest mortgage at the given rate. Returns the maximum monthly payment, loan amount and home price, rounded to 2 decimals (taxes and insurance not included).",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      annual_income: { type: "number", exclusiveMinimum: 0, description: "Gross household income per year." },
      monthly_debts: {
        type: "number",
        minimum: 0,
        description: "Existing monthly debt payments (car, student loans, cards).",
      },
      down_payment: { type: "number", minimum: 0, description: "Cash available for the down payment." },
      annual_interest_rate: {
        type: "number",
        minimum: 0,
        maximum: 30,
        description: "Mortgage rate in percent per year.",
      },
      term_years: {
        type: "integer",
        enum: [10, 15, 20, 25, 30],
        default: 30,
        description: "Mortgage term in years.",
      },
      max_debt_to_income_percent: {
        type: "number",
        minimum: 10,
        maximum: 60,
        default: 36,
        description: "Maximum share of gross monthly income that all debt payments may take, in percent.",
      },
    },
    required: ["annual_income", "monthly_debts", "down_payment", "annual_interest_rate"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      max_monthly_payment: { type: "number" },
      max_loan_amount: { type: "number" },
      max_home_price: { type: "number" },
      affordable: {
        type: "boolean",
        description: "False when existing debts already use the whole DTI budget.",
      },
    },
    required: ["max_monthly_payment", "max_loan_amount", "max_home_price", "affordable"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        annual_income: 120000,
        monthly_debts: 600,
        down_payment: 60000,
        annual_interest_rate: 6.5,
      },
      result: {
        max_monthly_payment: 3000,
        max_loan_amount: 474632.46,
        max_home_price: 534632.46,
        affordable: true,
      },
    },
    {
      arguments: {
        annual_income: 30000,
        monthly_debts: 1000,
        down_payment: 5000,
        annual_interest_rate: 7,
        term_years: 15,
      },
      result: { max_monthly_payment: 0, max_loan_amount: 0, max_home_price: 5000, affordable: false },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        annual_income: 90000,
        monthly_debts: 0,
        down_payment: 0,
        annual_interest_rate: 6,
        term_years: 40,
      },
      error: "$.term_years must be one of [10,15,20,25,30]",
    },
    {
      arguments: {
        annual_income: 90000,
        monthly_debts: 0,
        down_payment: 0,
        annual_interest_rate: 6,
        max_debt_to_income_percent: 80,
      },
      error: "$.max_debt_to_income_percent must be <= 60",
    },
  ],
  run: ({
    annual_income,
    monthly_debts,
    down_payment,
    annual_interest_rate,
    term_years = 30,
    max_debt_to_income_percent = 36,
  }) => {
    const budget = Math.max((annual_income / 12) * (max_debt_to_income_percent / 100) - monthly_debts, 0);
    const rate = annual_interest_rate / 1200;
    const periods = term_years * 12;
    const loan = rate === 0 ? budget * periods : (budget * (1 - (1 + rate) ** -periods)) / rate;
    return {
      max_monthly_payment: roundTo(budget, 2, { method: "half-away-from-zero" }),
      max_loan_amount: roundTo(loan, 2, { method: "half-away-from-zero" }),
      max_home_price: roundTo(loan + down_payment, 2, { method: "half-away-from-zero" }),
      affordable: budget > 0,
    };
  },
});
