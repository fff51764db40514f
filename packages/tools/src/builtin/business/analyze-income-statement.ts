import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  revenue: number;
  cost_of_goods_sold: number;
  operating_expenses: number;
  depreciation_and_amortization?: number;
  interest_expense?: number;
  tax_rate_percent?: number;
}

/** Profit lines and margins of a simple income statement. */
export const analyzeIncomeStatement = defineTool<Args>({
  name: "analyze_income_statement",
  description:
    "Build a simple income statement from revenue and costs: gross profit, EBITDA, operating profit (EBIT), pre-tax profit, tax (none on a loss) and net income, each with its margin as a percent of revenue. Amounts are rounded to 2 decimals, margins to 1 decimal.",
  category: "Business",
  parameters: {
    type: "object",
    properties: {
      revenue: { type: "number", exclusiveMinimum: 0, description: "Net sales for the period." },
      cost_of_goods_sold: { type: "number", minimum: 0, description: "Direct cost of what was sold (COGS)." },
      operating_expenses: {
        type: "number",
        minimum: 0,
        description: "Selling, general and administrative costs, R&D, excluding depreciation.",
      },
      depreciation_and_amortization: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Depreciation and amortisation. Default 0.",
      },
      interest_expense: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Interest paid on debt. Default 0.",
      },
      tax_rate_percent: {
        type: "number",
        minimum: 0,
        maximum: 60,
        default: 21,
        description: "Income tax rate on positive pre-tax profit, in percent. Default 21 (US federal).",
      },
    },
    required: ["revenue", "cost_of_goods_sold", "operating_expenses"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      lines: {
        type: "array",
        items: {
          type: "object",
          properties: {
            line: {
              type: "string",
              enum: [
                "gross_profit",
                "ebitda",
                "operating_profit",
                "pre_tax_profit",
                "income_tax",
                "net_income",
              ],
            },
            amount: { type: "number" },
            margin_percent: { type: "number" },
          },
          required: ["line", "amount", "margin_percent"],
          additionalProperties: false,
        },
      },
      profitable: { type: "boolean" },
    },
    required: ["lines", "profitable"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        revenue: 500000,
        cost_of_goods_sold: 200000,
        operating_expenses: 150000,
        depreciation_and_amortization: 20000,
        interest_expense: 10000,
      },
      result: {
        lines: [
          { line: "gross_profit", amount: 300000, margin_percent: 60 },
          { line: "ebitda", amount: 150000, margin_percent: 30 },
          { line: "operating_profit", amount: 130000, margin_percent: 26 },
          { line: "pre_tax_profit", amount: 120000, margin_percent: 24 },
          { line: "income_tax", amount: 25200, margin_percent: 5 },
          { line: "net_income", amount: 94800, margin_percent: 19 },
        ],
        profitable: true,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { revenue: 1000, cost_of_goods_sold: -50, operating_expenses: 100 },
      error: "$.cost_of_goods_sold must be >= 0",
    },
    {
      arguments: { revenue: 0, cost_of_goods_sold: 0, operating_expenses: 0 },
      error: "$.revenue must be > 0",
    },
  ],
  run: ({
    revenue,
    cost_of_goods_sold: cogs,
    operating_expenses: opex,
    depreciation_and_amortization: da = 0,
    interest_expense: interest = 0,
    tax_rate_percent: taxRate = 21,
  }) => {
    const gross = revenue - cogs;
    const ebitda = gross - opex;
    const ebit = ebitda - da;
    const preTax = ebit - interest;
    const tax = preTax > 0 ? (preTax * taxRate) / 100 : 0;
    const net = preTax - tax;
    const line = (name: string, amount: number) => ({
      line: name,
      amount: roundTo(amount, 2, { method: "decimal" }),
      margin_percent: roundTo((amount / revenue) * 100, 1, { method: "decimal" }),
    });
    return {
      lines: [
        line("gross_profit", gross),
        line("ebitda", ebitda),
        line("operating_profit", ebit),
        line("pre_tax_profit", preTax),
        line("income_tax", tax),
        line("net_income", net),
      ],
      profitable: net > 0,
    };
  },
});
