import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { annuityPayment } from "./annuity-payment.js";

/** Month-by-month (or year-by-year) breakdown of a fixed-rate loan. */
export const buildAmortizationSchedule = defineTool<{
  principal: number;
  annual_interest_rate: number;
  term_months: number;
  extra_monthly_payment?: number;
  group_by?: "month" | "year";
}>({
  name: "build_amortization_schedule",
  description:
    "Build the amortization schedule of a fixed-rate loan with monthly payments, optionally with an extra principal payment each month. Returns one row per month or per year with payment, principal, interest and remaining balance (rounded to 2 decimals), plus the months actually needed to repay.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      principal: { type: "number", exclusiveMinimum: 0, description: "Amount borrowed." },
      annual_interest_rate: {
        type: "number",
        minimum: 0,
        maximum: 100,
        description: "Nominal annual rate in percent.",
      },
      term_months: {
        type: "integer",
        minimum: 1,
        maximum: 480,
        description: "Contractual number of monthly payments.",
      },
      extra_monthly_payment: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Additional principal paid every month, shortening the loan.",
      },
      group_by: {
        type: "string",
        enum: ["month", "year"],
        default: "month",
        description: "One row per month, or rows summed per 12-month loan year.",
      },
    },
    required: ["principal", "annual_interest_rate", "term_months"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      scheduled_payment: { type: "number" },
      months_to_payoff: { type: "integer" },
      total_interest: { type: "number" },
      rows: {
        type: "array",
        items: {
          type: "object",
          properties: {
            period: { type: "integer", minimum: 1 },
            payment: { type: "number" },
            principal: { type: "number" },
            interest: { type: "number" },
            balance: { type: "number" },
          },
          required: ["period", "payment", "principal", "interest", "balance"],
          additionalProperties: false,
        },
      },
    },
    required: ["scheduled_payment", "months_to_payoff", "total_interest", "rows"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { principal: 1000, annual_interest_rate: 12, term_months: 3 },
      result: {
        scheduled_payment: 340.02,
        months_to_payoff: 3,
        total_interest: 20.07,
        rows: [
          { period: 1, payment: 340.02, principal: 330.02, interest: 10, balance: 669.98 },
          { period: 2, payment: 340.02, principal: 333.32, interest: 6.7, balance: 336.66 },
          { period: 3, payment: 340.02, principal: 336.66, interest: 3.37, balance: 0 },
        ],
      },
    },
    {
      arguments: {
        principal: 10000,
        annual_interest_rate: 6,
        term_months: 24,
        extra_monthly_payment: 200,
        group_by: "year",
      },
      result: {
        scheduled_payment: 443.21,
        months_to_payoff: 17,
        total_interest: 436.36,
        rows: [
          { period: 1, payment: 7718.47, principal: 7317.53, interest: 400.94, balance: 2682.47 },
          { period: 2, payment: 2717.88, principal: 2682.47, interest: 35.41, balance: 0 },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { principal: 1000, annual_interest_rate: 12, term_months: 3, group_by: "week" },
      error: '$.group_by must be one of ["month","year"]',
    },
    {
      arguments: { principal: 1000, annual_interest_rate: 12, term_months: 0 },
      error: "$.term_months must be >= 1",
    },
  ],
  run: ({ principal, annual_interest_rate, term_months, extra_monthly_payment = 0, group_by = "month" }) => {
    const rate = annual_interest_rate / 1200;
    const scheduled = annuityPayment(principal, rate, term_months);
    let balance = principal;
    let totalInterest = 0;
    const months: { payment: number; principal: number; interest: number; balance: number }[] = [];
    while (balance > 1e-9 && months.length < term_months) {
      const interest = balance * rate;
      const paid = Math.min(scheduled + extra_monthly_payment - interest, balance);
      balance -= paid;
      totalInterest += interest;
      months.push({ payment: paid + interest, principal: paid, interest, balance: Math.max(balance, 0) });
    }
    const size = group_by === "year" ? 12 : 1;
    const rows = [];
    for (let index = 0; index < months.length; index += size) {
      const chunk = months.slice(index, index + size);
      const sum = (key: "payment" | "principal" | "interest") =>
        roundTo(
          chunk.reduce((total, row) => total + row[key], 0),
          2,
          { method: "half-away-from-zero" },
        );
      rows.push({
        period: index / size + 1,
        payment: sum("payment"),
        principal: sum("principal"),
        interest: sum("interest"),
        balance: roundTo(chunk[chunk.length - 1]?.balance ?? 0, 2, { method: "half-away-from-zero" }),
      });
    }
    return {
      scheduled_payment: roundTo(scheduled, 2, { method: "half-away-from-zero" }),
      months_to_payoff: months.length,
      total_interest: roundTo(totalInterest, 2, { method: "half-away-from-zero" }),
      rows,
    };
  },
});
