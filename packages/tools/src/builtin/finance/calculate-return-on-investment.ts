import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Simple and annualised return on an investment. */
export const calculateReturnOnInvestment = defineTool<{
  amount_invested: number;
  amount_returned: number;
  holding_period_years?: number;
}>({
  name: "calculate_return_on_investment",
  description:
    "Calculate the return on investment (ROI) from the amount invested and the amount returned; with a holding period also the annualised return. Returns the net profit and percentages rounded to 2 decimals.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      amount_invested: { type: "number", exclusiveMinimum: 0, description: "Total cost of the investment." },
      amount_returned: { type: "number", minimum: 0, description: "Total value received or current value." },
      holding_period_years: {
        type: "number",
        exclusiveMinimum: 0,
        description: "How long the investment was held, in years; when given the annualised ROI is computed.",
      },
    },
    required: ["amount_invested", "amount_returned"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      net_profit: { type: "number" },
      roi_percent: { type: "number" },
      annualized_roi_percent: {
        type: ["number", "null"],
        description: "Null when no holding period was given.",
      },
    },
    required: ["net_profit", "roi_percent", "annualized_roi_percent"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { amount_invested: 1000, amount_returned: 1500 },
      result: { net_profit: 500, roi_percent: 50, annualized_roi_percent: null },
    },
    {
      arguments: { amount_invested: 1000, amount_returned: 1210, holding_period_years: 2 },
      result: { net_profit: 210, roi_percent: 21, annualized_roi_percent: 10 },
    },
  ],
  invalidExamples: [
    {
      arguments: { amount_invested: 1000, amount_returned: 1100, holding_period_years: 0 },
      error: "$.holding_period_years must be > 0",
    },
    { arguments: { amount_invested: 1000 }, error: "missing required argument 'amount_returned'" },
  ],
  run: ({ amount_invested, amount_returned, holding_period_years }) => {
    const ratio = amount_returned / amount_invested;
    return {
      net_profit: roundTo(amount_returned - amount_invested, 2, { method: "half-away-from-zero" }),
      roi_percent: roundTo((ratio - 1) * 100, 2, { method: "half-away-from-zero" }),
      annualized_roi_percent:
        holding_period_years === undefined
          ? null
          : roundTo((ratio ** (1 / holding_period_years) - 1) * 100, 2, { method: "half-away-from-zero" }),
    };
  },
});
