import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

interface Args {
  initial_investment: number;
  annual_contribution: number;
  years: number;
  annual_return: number;
  inflation_rate: number[];
  adjust_for_inflation?: boolean;
}

/** An investment's value after years of returns and contributions (BFCL's `calculate_investment_value`). */
export const calculateInvestmentValue = defineTool<Args>({
  name: "calculate_investment_value",
  description:
    "Calculates the value of an investment over time: each year the value grows by annual_return and then annual_contribution is added. With adjust_for_inflation (the default) the final value is divided by the product of (1 + inflation rate) over the years, giving today's money. Unrounded.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      initial_investment: { type: "integer", minimum: 0, description: "The initial investment amount." },
      annual_contribution: { type: "number", description: "The contribution added at the end of each year." },
      years: {
        type: "integer",
        minimum: 0,
        maximum: 200,
        description: "The number of years to calculate the investment value for.",
      },
      annual_return: {
        type: "number",
        minimum: -1,
        maximum: 1,
        description: "The annual return rate, ranging from 0 to 1.",
      },
      inflation_rate: {
        type: "array",
        items: { type: "number", minimum: -0.99, maximum: 10 },
        description: "The inflation rate for each year, from 0 to 1 (0.02 for 2 %), at least one per year.",
      },
      adjust_for_inflation: {
        type: "boolean",
        default: true,
        description: "Whether to adjust the investment value for inflation.",
      },
    },
    required: ["initial_investment", "annual_contribution", "years", "annual_return", "inflation_rate"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    {
      arguments: {
        initial_investment: 1000,
        annual_contribution: 100,
        years: 2,
        annual_return: 0.1,
        inflation_rate: [0, 0],
      },
      result: 1420,
    },
    {
      arguments: {
        initial_investment: 1000,
        annual_contribution: 0,
        years: 1,
        annual_return: 0.1,
        inflation_rate: [0.1],
        adjust_for_inflation: false,
      },
      result: 1100,
    },
  ],
  invalidExamples: [
    {
      arguments: {
        initial_investment: 1000,
        annual_contribution: 100,
        years: 3,
        annual_return: 0.1,
        inflation_rate: [0.02],
      },
      error: "inflation_rate has 1 rates for 3 years",
    },
    {
      arguments: {
        initial_investment: 1000.5,
        annual_contribution: 100,
        years: 1,
        annual_return: 0.1,
        inflation_rate: [0.02],
      },
      error: "$.initial_investment must be integer",
    },
  ],
  run: ({
    initial_investment,
    annual_contribution,
    years,
    annual_return,
    inflation_rate,
    adjust_for_inflation = true,
  }) => {
    if (adjust_for_inflation && inflation_rate.length < years) {
      throw new ToolArgumentError({
        message: `inflation_rate has ${inflation_rate.length} rates for ${years} years; give one rate per year`,
        argument: "inflation_rate",
      });
    }
    let value = initial_investment;
    let prices = 1;
    for (let year = 0; year < years; year += 1) {
      value = value * (1 + annual_return) + annual_contribution;
      prices *= 1 + (inflation_rate[year] ?? 0);
    }
    return adjust_for_inflation ? value / prices : value;
  },
});
