import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Margin and markup of a product, or the price for a target margin. */
export const calculateProfitMargin = defineTool<{
  unit_cost: number;
  selling_price?: number;
  target_margin_percent?: number;
}>({
  name: "calculate_profit_margin",
  description:
    "Compute a product's gross profit, gross margin (profit / price) and markup (profit / cost) from its unit cost and selling price, or the selling price that reaches a target margin. Give exactly one of selling_price and target_margin_percent. Percentages are rounded to 2 decimals, money to cents.",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      unit_cost: {
        type: "number",
        exclusiveMinimum: 0,
        description: "What one unit costs you (purchase or production cost).",
      },
      selling_price: { type: "number", exclusiveMinimum: 0, description: "Price one unit sells for." },
      target_margin_percent: {
        type: "number",
        minimum: 0,
        exclusiveMaximum: 100,
        description: "Wanted gross margin in percent; the tool returns the price that achieves it.",
      },
    },
    required: ["unit_cost"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      unit_cost: { type: "number" },
      selling_price: { type: "number" },
      gross_profit: { type: "number" },
      margin_percent: { type: "number" },
      markup_percent: { type: "number" },
    },
    required: ["unit_cost", "selling_price", "gross_profit", "margin_percent", "markup_percent"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { unit_cost: 30, selling_price: 50 },
      result: {
        unit_cost: 30,
        selling_price: 50,
        gross_profit: 20,
        margin_percent: 40,
        markup_percent: 66.67,
      },
    },
    {
      arguments: { unit_cost: 12, target_margin_percent: 60 },
      result: { unit_cost: 12, selling_price: 30, gross_profit: 18, margin_percent: 60, markup_percent: 150 },
    },
  ],
  invalidExamples: [
    {
      arguments: { unit_cost: 12, selling_price: 20, target_margin_percent: 40 },
      error: "give exactly one of selling_price and target_margin_percent",
    },
    { arguments: { unit_cost: 12 }, error: "give exactly one of selling_price and target_margin_percent" },
    { arguments: { unit_cost: 0, selling_price: 5 }, error: "$.unit_cost must be > 0" },
  ],
  run: ({ unit_cost, selling_price, target_margin_percent }) => {
    if ((selling_price === undefined) === (target_margin_percent === undefined)) {
      throw new ToolArgumentError({
        message:
          "give exactly one of selling_price and target_margin_percent (got " +
          (selling_price === undefined ? "neither" : "both") +
          ")",
        argument: selling_price === undefined ? "selling_price" : "target_margin_percent",
      });
    }
    const price =
      selling_price ??
      roundTo(unit_cost / (1 - (target_margin_percent ?? 0) / 100), 2, { method: "epsilon" });
    const profit = price - unit_cost;
    return {
      unit_cost,
      selling_price: price,
      gross_profit: roundTo(profit, 2, { method: "epsilon" }),
      margin_percent: roundTo((profit / price) * 100, 2, { method: "epsilon" }),
      markup_percent: roundTo((profit / unit_cost) * 100, 2, { method: "epsilon" }),
    };
  },
});
