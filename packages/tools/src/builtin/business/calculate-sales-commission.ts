import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Tier {
  up_to?: number;
  rate_percent: number;
}

/** Tiered (marginal) sales commission, like tax brackets. */
export const calculateSalesCommission = defineTool<{
  sales_amount: number;
  tiers: Tier[];
  base_salary?: number;
}>({
  name: "calculate_sales_commission",
  description:
    "Calculate a tiered sales commission where each rate applies only to the part of sales inside its tier, like tax brackets. Returns the commission earned in each tier, the total commission, the effective rate (2 decimals) and total pay with the optional base salary; amounts rounded to 2 decimals.",
  category: "Business",
  parameters: {
    type: "object",
    properties: {
      sales_amount: { type: "number", minimum: 0, description: "Sales credited to the rep for the period." },
      tiers: {
        type: "array",
        minItems: 1,
        maxItems: 10,
        description:
          "Tiers in ascending order; every tier but the last has an upper bound 'up_to', the last is open-ended.",
        items: {
          type: "object",
          properties: {
            up_to: {
              type: "number",
              exclusiveMinimum: 0,
              description: "Upper bound of the tier (sales amount); omit on the last tier.",
            },
            rate_percent: {
              type: "number",
              minimum: 0,
              maximum: 100,
              description: "Commission rate inside the tier, in percent.",
            },
          },
          required: ["rate_percent"],
          additionalProperties: false,
        },
      },
      base_salary: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Fixed pay for the period. Default 0.",
      },
    },
    required: ["sales_amount", "tiers"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      breakdown: {
        type: "array",
        items: {
          type: "object",
          properties: {
            from: { type: "number" },
            to: { type: "number" },
            rate_percent: { type: "number" },
            sales_in_tier: { type: "number" },
            commission: { type: "number" },
          },
          required: ["from", "rate_percent", "sales_in_tier", "commission"],
          additionalProperties: false,
        },
      },
      total_commission: { type: "number" },
      effective_rate_percent: { type: "number" },
      total_pay: { type: "number" },
    },
    required: ["breakdown", "total_commission", "effective_rate_percent", "total_pay"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        sales_amount: 180000,
        tiers: [{ up_to: 50000, rate_percent: 2 }, { up_to: 150000, rate_percent: 5 }, { rate_percent: 8 }],
        base_salary: 4000,
      },
      result: {
        breakdown: [
          { from: 0, to: 50000, rate_percent: 2, sales_in_tier: 50000, commission: 1000 },
          { from: 50000, to: 150000, rate_percent: 5, sales_in_tier: 100000, commission: 5000 },
          { from: 150000, rate_percent: 8, sales_in_tier: 30000, commission: 2400 },
        ],
        total_commission: 8400,
        effective_rate_percent: 4.67,
        total_pay: 12400,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        sales_amount: 1000,
        tiers: [{ up_to: 5000, rate_percent: 2 }, { up_to: 3000, rate_percent: 4 }, { rate_percent: 6 }],
      },
      error: "tier 2 ends at 3000, not above the previous bound 5000",
    },
    {
      arguments: { sales_amount: 1000, tiers: [{ up_to: 5000, rate_percent: 2 }] },
      error: "the last tier must be open-ended",
    },
    {
      arguments: { sales_amount: 1000, tiers: [{ rate_percent: 2 }, { rate_percent: 4 }] },
      error: "tier 1 needs an up_to bound",
    },
  ],
  run: ({ sales_amount: sales, tiers, base_salary: base = 0 }) => {
    let lower = 0;
    const breakdown = tiers.map((tier, index) => {
      const last = index === tiers.length - 1;
      if (last && tier.up_to !== undefined) {
        throw new ToolArgumentError({
          message: "the last tier must be open-ended: remove its up_to",
          argument: "tiers",
        });
      }
      if (!last && tier.up_to === undefined) {
        throw new ToolArgumentError({
          message: `tier ${index + 1} needs an up_to bound; only the last tier is open-ended`,
          argument: "tiers",
        });
      }
      if (tier.up_to !== undefined && tier.up_to <= lower) {
        throw new ToolArgumentError({
          message: `tier ${index + 1} ends at ${tier.up_to}, not above the previous bound ${lower}; list tiers in ascending order`,
          argument: "tiers",
        });
      }
      const upper = tier.up_to ?? Number.POSITIVE_INFINITY;
      const inTier = Math.max(0, Math.min(sales, upper) - lower);
      const row = {
        from: lower,
        ...(tier.up_to === undefined ? {} : { to: tier.up_to }),
        rate_percent: tier.rate_percent,
        sales_in_tier: roundTo(inTier, 2, { method: "decimal" }),
        commission: roundTo((inTier * tier.rate_percent) / 100, 2, { method: "decimal" }),
      };
      lower = upper;
      return row;
    });
    const total = roundTo(
      breakdown.reduce((sum, row) => sum + row.commission, 0),
      2,
      { method: "decimal" },
    );
    return {
      breakdown,
      total_commission: total,
      effective_rate_percent: sales === 0 ? 0 : roundTo((total / sales) * 100, 2, { method: "decimal" }),
      total_pay: roundTo(total + base, 2, { method: "decimal" }),
    };
  },
});
