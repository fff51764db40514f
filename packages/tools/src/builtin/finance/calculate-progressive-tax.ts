import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Bracket {
  up_to: number | null;
  rate: number;
}

/** Tax due under a progressive bracket schedule. */
export const calculateProgressiveTax = defineTool<{
  taxable_income: number;
  brackets: Bracket[];
  deduction?: number;
}>({
  name: "calculate_progressive_tax",
  description:
    "Calculate income tax under a progressive (marginal) bracket schedule given by the caller, after an optional flat deduction. Returns the total tax, the effective and marginal rates and the tax per bracket, rounded to 2 decimals.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      taxable_income: { type: "number", minimum: 0, description: "Income before the deduction." },
      brackets: {
        type: "array",
        minItems: 1,
        maxItems: 20,
        description:
          "Brackets in ascending order; each taxes income up to its upper bound at its rate. The last bracket's up_to is null (no upper bound).",
        items: {
          type: "object",
          properties: {
            up_to: {
              type: ["number", "null"],
              exclusiveMinimum: 0,
              description: "Upper bound of the bracket; null for the top bracket.",
            },
            rate: { type: "number", minimum: 0, maximum: 100, description: "Marginal rate in percent." },
          },
          required: ["up_to", "rate"],
          additionalProperties: false,
        },
      },
      deduction: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Amount subtracted from income before tax (e.g. a standard deduction).",
      },
    },
    required: ["taxable_income", "brackets"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      income_after_deduction: { type: "number" },
      total_tax: { type: "number" },
      effective_rate_percent: {
        type: "number",
        description: "Total tax divided by taxable_income (before the deduction).",
      },
      marginal_rate_percent: { type: "number" },
      by_bracket: {
        type: "array",
        items: {
          type: "object",
          properties: { rate: { type: "number" }, taxed_amount: { type: "number" }, tax: { type: "number" } },
          required: ["rate", "taxed_amount", "tax"],
          additionalProperties: false,
        },
      },
    },
    required: [
      "income_after_deduction",
      "total_tax",
      "effective_rate_percent",
      "marginal_rate_percent",
      "by_bracket",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        taxable_income: 60000,
        brackets: [
          { up_to: 10000, rate: 0 },
          { up_to: 40000, rate: 20 },
          { up_to: null, rate: 40 },
        ],
      },
      result: {
        income_after_deduction: 60000,
        total_tax: 14000,
        effective_rate_percent: 23.33,
        marginal_rate_percent: 40,
        by_bracket: [
          { rate: 0, taxed_amount: 10000, tax: 0 },
          { rate: 20, taxed_amount: 30000, tax: 6000 },
          { rate: 40, taxed_amount: 20000, tax: 8000 },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        taxable_income: 50000,
        brackets: [
          { up_to: 40000, rate: 20 },
          { up_to: 10000, rate: 30 },
          { up_to: null, rate: 40 },
        ],
      },
      error: "ascending",
    },
    {
      arguments: { taxable_income: 50000, brackets: [{ up_to: 40000, rate: 20 }] },
      error: "the last bracket must have up_to null",
    },
    {
      arguments: { taxable_income: 50000, brackets: [{ up_to: null, rate: 120 }] },
      error: "$.brackets[0].rate must be <= 100",
    },
  ],
  run: ({ taxable_income, brackets, deduction = 0 }) => {
    brackets.forEach((bracket, index) => {
      const isLast = index === brackets.length - 1;
      if (isLast !== (bracket.up_to === null)) {
        throw new ToolArgumentError({
          message:
            "the last bracket must have up_to null and only the last one: it taxes everything above the previous bound",
          argument: "brackets",
        });
      }
      const previous = brackets[index - 1]?.up_to ?? 0;
      if (bracket.up_to !== null && bracket.up_to <= previous) {
        throw new ToolArgumentError({
          message: "brackets must be in ascending order of up_to",
          argument: "brackets",
        });
      }
    });
    const income = Math.max(taxable_income - deduction, 0);
    let lower = 0;
    let total = 0;
    let marginal = brackets[0]?.rate ?? 0;
    const byBracket = brackets.map(({ up_to, rate }) => {
      const upper = up_to ?? Number.POSITIVE_INFINITY;
      const taxed = Math.max(Math.min(income, upper) - lower, 0);
      if (taxed > 0) {
        marginal = rate;
      }
      lower = upper;
      total += (taxed * rate) / 100;
      return {
        rate,
        taxed_amount: roundTo(taxed, 2, { method: "half-away-from-zero" }),
        tax: roundTo((taxed * rate) / 100, 2, { method: "half-away-from-zero" }),
      };
    });
    return {
      income_after_deduction: roundTo(income, 2, { method: "half-away-from-zero" }),
      total_tax: roundTo(total, 2, { method: "half-away-from-zero" }),
      effective_rate_percent:
        taxable_income === 0
          ? 0
          : roundTo((total / taxable_income) * 100, 2, { method: "half-away-from-zero" }),
      marginal_rate_percent: marginal,
      by_bracket: byBracket,
    };
  },
});
