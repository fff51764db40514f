import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Units and revenue needed to cover fixed costs. */
export const calculateBreakEvenPoint = defineTool<{
  fixed_costs: number;
  price_per_unit: number;
  variable_cost_per_unit: number;
  target_profit?: number;
}>({
  name: "calculate_break_even_point",
  description:
    "Calculate how many units must be sold to cover fixed costs (and reach an optional target profit) given the unit price and variable cost per unit. Returns the units (rounded up to a whole unit), the revenue at that volume and the contribution margin per unit, rounded to 2 decimals.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      fixed_costs: {
        type: "number",
        minimum: 0,
        description: "Total fixed costs for the period (rent, salaries, ...).",
      },
      price_per_unit: { type: "number", exclusiveMinimum: 0, description: "Selling price of one unit." },
      variable_cost_per_unit: {
        type: "number",
        minimum: 0,
        description: "Variable cost of producing one unit; must be below the price.",
      },
      target_profit: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Profit to reach on top of breaking even.",
      },
    },
    required: ["fixed_costs", "price_per_unit", "variable_cost_per_unit"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      units: { type: "integer", minimum: 0 },
      revenue: { type: "number" },
      contribution_margin_per_unit: { type: "number" },
      contribution_margin_ratio_percent: { type: "number" },
    },
    required: ["units", "revenue", "contribution_margin_per_unit", "contribution_margin_ratio_percent"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { fixed_costs: 10000, price_per_unit: 50, variable_cost_per_unit: 30 },
      result: {
        units: 500,
        revenue: 25000,
        contribution_margin_per_unit: 20,
        contribution_margin_ratio_percent: 40,
      },
    },
    {
      arguments: { fixed_costs: 1000, price_per_unit: 9.99, variable_cost_per_unit: 4, target_profit: 500 },
      result: {
        units: 251,
        revenue: 2507.49,
        contribution_margin_per_unit: 5.99,
        contribution_margin_ratio_percent: 59.96,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { fixed_costs: 1000, price_per_unit: 10, variable_cost_per_unit: 12 },
      error: "price_per_unit must be greater than variable_cost_per_unit",
    },
    {
      arguments: { fixed_costs: 1000, price_per_unit: 0, variable_cost_per_unit: 0 },
      error: "$.price_per_unit must be > 0",
    },
  ],
  run: ({ fixed_costs, price_per_unit, variable_cost_per_unit, target_profit = 0 }) => {
    const margin = price_per_unit - variable_cost_per_unit;
    if (margin <= 0) {
      throw new ToolArgumentError({
        message: `price_per_unit must be greater than variable_cost_per_unit: with a margin of ${roundTo(margin, 2, { method: "half-away-from-zero" })} per unit the business never breaks even`,
        argument: "price_per_unit",
      });
    }
    const units = Math.ceil((fixed_costs + target_profit) / margin - 1e-9);
    return {
      units,
      revenue: roundTo(units * price_per_unit, 2, { method: "half-away-from-zero" }),
      contribution_margin_per_unit: roundTo(margin, 2, { method: "half-away-from-zero" }),
      contribution_margin_ratio_percent: roundTo((margin / price_per_unit) * 100, 2, {
        method: "half-away-from-zero",
      }),
    };
  },
});
