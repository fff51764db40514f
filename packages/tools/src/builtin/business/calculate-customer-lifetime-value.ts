import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  average_order_value: number;
  orders_per_year: number;
  gross_margin_percent: number;
  annual_churn_rate_percent: number;
  acquisition_cost?: number;
}

/** Customer lifetime value from order value, frequency, margin and churn. */
export const calculateCustomerLifetimeValue = defineTool<Args>({
  name: "calculate_customer_lifetime_value",
  description:
    "Estimate customer lifetime value (CLV) as yearly gross profit per customer divided by the annual churn rate, with the expected customer lifespan. With an acquisition cost it also returns the LTV:CAC ratio and the payback period in months. Money rounded to 2 decimals, ratios to 2, months to 1.",
  category: "Business",
  parameters: {
    type: "object",
    properties: {
      average_order_value: { type: "number", exclusiveMinimum: 0, description: "Average revenue per order." },
      orders_per_year: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 365,
        description: "Orders per customer per year.",
      },
      gross_margin_percent: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        description: "Gross margin on revenue, in percent.",
      },
      annual_churn_rate_percent: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        description: "Share of customers lost per year, in percent.",
      },
      acquisition_cost: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Optional cost to acquire one customer (CAC).",
      },
    },
    required: ["average_order_value", "orders_per_year", "gross_margin_percent", "annual_churn_rate_percent"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      annual_revenue_per_customer: { type: "number" },
      annual_gross_profit_per_customer: { type: "number" },
      expected_lifespan_years: { type: "number" },
      lifetime_value: { type: "number" },
      ltv_to_cac_ratio: { type: "number" },
      cac_payback_months: { type: "number" },
    },
    required: [
      "annual_revenue_per_customer",
      "annual_gross_profit_per_customer",
      "expected_lifespan_years",
      "lifetime_value",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        average_order_value: 80,
        orders_per_year: 6,
        gross_margin_percent: 40,
        annual_churn_rate_percent: 25,
        acquisition_cost: 150,
      },
      result: {
        annual_revenue_per_customer: 480,
        annual_gross_profit_per_customer: 192,
        expected_lifespan_years: 4,
        lifetime_value: 768,
        ltv_to_cac_ratio: 5.12,
        cac_payback_months: 9.4,
      },
    },
    {
      arguments: {
        average_order_value: 12.99,
        orders_per_year: 12,
        gross_margin_percent: 70,
        annual_churn_rate_percent: 35,
      },
      result: {
        annual_revenue_per_customer: 155.88,
        annual_gross_profit_per_customer: 109.12,
        expected_lifespan_years: 2.86,
        lifetime_value: 311.76,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        average_order_value: 80,
        orders_per_year: 6,
        gross_margin_percent: 40,
        annual_churn_rate_percent: 0,
      },
      error: "$.annual_churn_rate_percent must be > 0",
    },
    {
      arguments: {
        average_order_value: 80,
        orders_per_year: 6,
        gross_margin_percent: 140,
        annual_churn_rate_percent: 20,
      },
      error: "$.gross_margin_percent must be <= 100",
    },
  ],
  run: ({
    average_order_value: aov,
    orders_per_year: orders,
    gross_margin_percent: margin,
    annual_churn_rate_percent: churn,
    acquisition_cost: cac,
  }) => {
    const revenue = aov * orders;
    const profit = (revenue * margin) / 100;
    const lifespan = 100 / churn;
    const ltv = profit * lifespan;
    const result: Record<string, number> = {
      annual_revenue_per_customer: roundTo(revenue, 2, { method: "decimal" }),
      annual_gross_profit_per_customer: roundTo(profit, 2, { method: "decimal" }),
      expected_lifespan_years: roundTo(lifespan, 2, { method: "decimal" }),
      lifetime_value: roundTo(ltv, 2, { method: "decimal" }),
    };
    if (cac !== undefined) {
      result.ltv_to_cac_ratio = roundTo(ltv / cac, 2, { method: "decimal" });
      result.cac_payback_months = roundTo((cac / profit) * 12, 1, { method: "decimal" });
    }
    return result;
  },
});
