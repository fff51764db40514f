import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  annual_demand_units: number;
  order_cost: number;
  holding_cost_per_unit_per_year: number;
  lead_time_days?: number;
  safety_stock_units?: number;
  working_days_per_year?: number;
}

/** Economic order quantity (Wilson formula) and reorder point for an inventory item. */
export const calculateEconomicOrderQuantity = defineTool<Args>({
  name: "calculate_economic_order_quantity",
  description:
    "Compute the economic order quantity EOQ = sqrt(2 x annual demand x cost per order / holding cost per unit per year), rounded to whole units, with orders per year, days between orders, the reorder point (daily demand x lead time + safety stock) and the yearly ordering and holding costs (holding on average EOQ/2 plus safety stock; 2 decimals).",
  category: "Business",
  parameters: {
    type: "object",
    properties: {
      annual_demand_units: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Units sold or used per year.",
      },
      order_cost: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Fixed cost of placing one order (shipping, handling, admin).",
      },
      holding_cost_per_unit_per_year: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Cost of keeping one unit in stock for a year.",
      },
      lead_time_days: {
        type: "number",
        minimum: 0,
        maximum: 365,
        default: 0,
        description: "Days from placing an order to receiving it. Default 0.",
      },
      safety_stock_units: {
        type: "integer",
        minimum: 0,
        default: 0,
        description: "Buffer stock kept against demand spikes. Default 0.",
      },
      working_days_per_year: {
        type: "integer",
        minimum: 200,
        maximum: 366,
        default: 365,
        description: "Days per year on which demand occurs. Default 365.",
      },
    },
    required: ["annual_demand_units", "order_cost", "holding_cost_per_unit_per_year"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      economic_order_quantity: { type: "integer", minimum: 1 },
      orders_per_year: { type: "number" },
      days_between_orders: { type: "number" },
      reorder_point_units: { type: "integer", minimum: 0 },
      annual_ordering_cost: { type: "number" },
      annual_holding_cost: { type: "number" },
      total_annual_cost: { type: "number" },
    },
    required: [
      "economic_order_quantity",
      "orders_per_year",
      "days_between_orders",
      "reorder_point_units",
      "annual_ordering_cost",
      "annual_holding_cost",
      "total_annual_cost",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        annual_demand_units: 10000,
        order_cost: 50,
        holding_cost_per_unit_per_year: 4,
        lead_time_days: 7,
        safety_stock_units: 100,
        working_days_per_year: 250,
      },
      result: {
        economic_order_quantity: 500,
        orders_per_year: 20,
        days_between_orders: 12.5,
        reorder_point_units: 380,
        annual_ordering_cost: 1000,
        annual_holding_cost: 1400,
        total_annual_cost: 2400,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { annual_demand_units: 1000, order_cost: 0, holding_cost_per_unit_per_year: 2 },
      error: "$.order_cost must be > 0",
    },
    {
      arguments: { annual_demand_units: 1000, order_cost: 20 },
      error: "missing required argument 'holding_cost_per_unit_per_year'",
    },
  ],
  run: ({
    annual_demand_units: demand,
    order_cost: orderCost,
    holding_cost_per_unit_per_year: holding,
    lead_time_days: lead = 0,
    safety_stock_units: safety = 0,
    working_days_per_year: days = 365,
  }) => {
    const eoq = Math.max(1, Math.round(Math.sqrt((2 * demand * orderCost) / holding)));
    const orders = demand / eoq;
    const ordering = orders * orderCost;
    const holdingCost = (eoq / 2 + safety) * holding;
    return {
      economic_order_quantity: eoq,
      orders_per_year: roundTo(orders, 2, { method: "decimal" }),
      days_between_orders: roundTo(days / orders, 1, { method: "decimal" }),
      reorder_point_units: Math.ceil(roundTo((demand / days) * lead, 6, { method: "decimal" })) + safety,
      annual_ordering_cost: roundTo(ordering, 2, { method: "decimal" }),
      annual_holding_cost: roundTo(holdingCost, 2, { method: "decimal" }),
      total_annual_cost: roundTo(ordering + holdingCost, 2, { method: "decimal" }),
    };
  },
});
