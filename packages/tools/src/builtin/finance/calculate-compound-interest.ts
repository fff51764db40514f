import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Future value of a deposit with periodic compounding and optional monthly contributions. */
export const calculateCompoundInterest = defineTool<{
  principal: number;
  annual_interest_rate: number;
  years: number;
  compounds_per_year?: number;
  monthly_contribution?: number;
}>({
  name: "calculate_compound_interest",
  description:
    "Calculate the future value of an initial deposit growing at a fixed annual rate with periodic compounding, plus optional contributions made at the end of each month. Returns the final balance, total contributions and interest earned, rounded to 2 decimals.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      principal: { type: "number", minimum: 0, description: "Initial deposit." },
      annual_interest_rate: {
        type: "number",
        minimum: 0,
        maximum: 100,
        description: "Nominal annual interest rate in percent, e.g. 5 for 5%.",
      },
      years: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        description: "Investment horizon in years.",
      },
      compounds_per_year: {
        type: "integer",
        enum: [1, 2, 4, 12, 365],
        default: 12,
        description:
          "Compounding periods per year: 1 yearly, 2 semi-annual, 4 quarterly, 12 monthly, 365 daily.",
      },
      monthly_contribution: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Amount added at the end of every month.",
      },
    },
    required: ["principal", "annual_interest_rate", "years"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      final_balance: { type: "number" },
      total_contributions: { type: "number", description: "Principal plus all monthly contributions." },
      interest_earned: { type: "number" },
    },
    required: ["final_balance", "total_contributions", "interest_earned"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { principal: 10000, annual_interest_rate: 5, years: 10, compounds_per_year: 1 },
      result: { final_balance: 16288.95, total_contributions: 10000, interest_earned: 6288.95 },
    },
    {
      arguments: { principal: 1000, annual_interest_rate: 6, years: 2, monthly_contribution: 100 },
      result: { final_balance: 3670.36, total_contributions: 3400, interest_earned: 270.36 },
    },
  ],
  invalidExamples: [
    {
      arguments: { principal: 1000, annual_interest_rate: 5, years: 3, compounds_per_year: 3 },
      error: "$.compounds_per_year must be one of [1,2,4,12,365]",
    },
    { arguments: { principal: -5, annual_interest_rate: 5, years: 3 }, error: "$.principal must be >= 0" },
  ],
  run: ({ principal, annual_interest_rate, years, compounds_per_year = 12, monthly_contribution = 0 }) => {
    const rate = annual_interest_rate / 100;
    const lump = principal * (1 + rate / compounds_per_year) ** (compounds_per_year * years);
    const months = Math.round(years * 12);
    // Effective monthly rate equivalent to the chosen compounding.
    const monthly = (1 + rate / compounds_per_year) ** (compounds_per_year / 12) - 1;
    const stream =
      monthly === 0
        ? monthly_contribution * months
        : (monthly_contribution * ((1 + monthly) ** months - 1)) / monthly;
    const contributions = principal + monthly_contribution * months;
    const balance = lump + stream;
    return {
      final_balance: roundTo(balance, 2, { method: "half-away-from-zero" }),
      total_contributions: roundTo(contributions, 2, { method: "half-away-from-zero" }),
      interest_earned: roundTo(balance - contributions, 2, { method: "half-away-from-zero" }),
    };
  },
});
