import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Churn and retention over a period from customer counts. */
export const calculateCustomerChurnRate = defineTool<{
  customers_at_start: number;
  customers_at_end: number;
  new_customers: number;
  period_months?: number;
}>({
  name: "calculate_customer_churn_rate",
  description:
    "Calculate customer churn for a period from the customer count at its start and end and the customers won during it: churned = start + new - end. Returns churned customers, churn and retention rates, the equivalent monthly churn for multi-month periods and net customer growth, all percentages rounded to 2 decimals.",
  category: "Business",
  parameters: {
    type: "object",
    properties: {
      customers_at_start: {
        type: "integer",
        minimum: 1,
        description: "Customers at the start of the period.",
      },
      customers_at_end: { type: "integer", minimum: 0, description: "Customers at the end of the period." },
      new_customers: { type: "integer", minimum: 0, description: "Customers acquired during the period." },
      period_months: {
        type: "integer",
        minimum: 1,
        maximum: 36,
        default: 1,
        description: "Length of the period in months. Default 1.",
      },
    },
    required: ["customers_at_start", "customers_at_end", "new_customers"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      churned_customers: { type: "integer", minimum: 0 },
      churn_rate_percent: { type: "number", minimum: 0, maximum: 100 },
      retention_rate_percent: { type: "number", minimum: 0, maximum: 100 },
      monthly_churn_rate_percent: { type: "number", minimum: 0, maximum: 100 },
      net_growth_percent: { type: "number" },
    },
    required: [
      "churned_customers",
      "churn_rate_percent",
      "retention_rate_percent",
      "monthly_churn_rate_percent",
      "net_growth_percent",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { customers_at_start: 2000, customers_at_end: 2150, new_customers: 350, period_months: 3 },
      result: {
        churned_customers: 200,
        churn_rate_percent: 10,
        retention_rate_percent: 90,
        monthly_churn_rate_percent: 3.45,
        net_growth_percent: 7.5,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { customers_at_start: 100, customers_at_end: 180, new_customers: 50 },
      error: "the counts are inconsistent",
    },
    {
      arguments: { customers_at_start: 0, customers_at_end: 10, new_customers: 10 },
      error: "$.customers_at_start must be >= 1",
    },
  ],
  run: ({
    customers_at_start: start,
    customers_at_end: end,
    new_customers: won,
    period_months: months = 1,
  }) => {
    const churned = start + won - end;
    if (churned < 0) {
      throw new ToolArgumentError({
        message: `the counts are inconsistent: ${start} + ${won} new = ${start + won}, fewer than the ${end} at the end; check new_customers`,
        argument: "customers_at_end",
      });
    }
    if (churned > start) {
      throw new ToolArgumentError({
        message: `the counts imply ${churned} churned customers, more than the ${start} at the start; only customers present at the start count towards churn`,
        argument: "customers_at_end",
      });
    }
    const churn = churned / start;
    return {
      churned_customers: churned,
      churn_rate_percent: roundTo(churn * 100, 2, { method: "decimal" }),
      retention_rate_percent: roundTo((1 - churn) * 100, 2, { method: "decimal" }),
      monthly_churn_rate_percent: roundTo((1 - (1 - churn) ** (1 / months)) * 100, 2, { method: "decimal" }),
      net_growth_percent: roundTo(((end - start) / start) * 100, 2, { method: "decimal" }),
    };
  },
});
