import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

type Method = "straight_line" | "double_declining_balance" | "sum_of_years_digits";

/** Yearly depreciation of an asset under a standard method. */
export const calculateDepreciationSchedule = defineTool<{
  asset_cost: number;
  salvage_value: number;
  useful_life_years: number;
  method?: Method;
}>({
  name: "calculate_depreciation_schedule",
  description:
    "Calculate the yearly depreciation schedule of an asset with the straight-line, double-declining-balance or sum-of-the-years'-digits method. Returns per year the depreciation expense, accumulated depreciation and book value, rounded to 2 decimals; book value never falls below the salvage value.",
  category: "Finance",
  parameters: {
    type: "object",
    properties: {
      asset_cost: { type: "number", exclusiveMinimum: 0, description: "Purchase cost of the asset." },
      salvage_value: {
        type: "number",
        minimum: 0,
        description: "Estimated value at the end of its useful life; below asset_cost.",
      },
      useful_life_years: {
        type: "integer",
        minimum: 1,
        maximum: 50,
        description: "Useful life in whole years.",
      },
      method: {
        type: "string",
        enum: ["straight_line", "double_declining_balance", "sum_of_years_digits"],
        default: "straight_line",
        description: "Depreciation method.",
      },
    },
    required: ["asset_cost", "salvage_value", "useful_life_years"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      method: { type: "string" },
      schedule: {
        type: "array",
        items: {
          type: "object",
          properties: {
            year: { type: "integer" },
            depreciation: { type: "number" },
            accumulated_depreciation: { type: "number" },
            book_value: { type: "number" },
          },
          required: ["year", "depreciation", "accumulated_depreciation", "book_value"],
          additionalProperties: false,
        },
      },
    },
    required: ["method", "schedule"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { asset_cost: 10000, salvage_value: 1000, useful_life_years: 3 },
      result: {
        method: "straight_line",
        schedule: [
          { year: 1, depreciation: 3000, accumulated_depreciation: 3000, book_value: 7000 },
          { year: 2, depreciation: 3000, accumulated_depreciation: 6000, book_value: 4000 },
          { year: 3, depreciation: 3000, accumulated_depreciation: 9000, book_value: 1000 },
        ],
      },
    },
    {
      arguments: {
        asset_cost: 10000,
        salvage_value: 1000,
        useful_life_years: 4,
        method: "double_declining_balance",
      },
      result: {
        method: "double_declining_balance",
        schedule: [
          { year: 1, depreciation: 5000, accumulated_depreciation: 5000, book_value: 5000 },
          { year: 2, depreciation: 2500, accumulated_depreciation: 7500, book_value: 2500 },
          { year: 3, depreciation: 1250, accumulated_depreciation: 8750, book_value: 1250 },
          { year: 4, depreciation: 250, accumulated_depreciation: 9000, book_value: 1000 },
        ],
      },
    },
    {
      arguments: {
        asset_cost: 7000,
        salvage_value: 1000,
        useful_life_years: 3,
        method: "sum_of_years_digits",
      },
      result: {
        method: "sum_of_years_digits",
        schedule: [
          { year: 1, depreciation: 3000, accumulated_depreciation: 3000, book_value: 4000 },
          { year: 2, depreciation: 2000, accumulated_depreciation: 5000, book_value: 2000 },
          { year: 3, depreciation: 1000, accumulated_depreciation: 6000, book_value: 1000 },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { asset_cost: 5000, salvage_value: 6000, useful_life_years: 5 },
      error: "salvage_value must be less than asset_cost",
    },
    {
      arguments: { asset_cost: 5000, salvage_value: 0, useful_life_years: 5, method: "macrs" },
      error: "$.method must be one of",
    },
  ],
  run: ({ asset_cost, salvage_value, useful_life_years: life, method = "straight_line" }) => {
    if (salvage_value >= asset_cost) {
      throw new ToolArgumentError({
        message: "salvage_value must be less than asset_cost",
        argument: "salvage_value",
      });
    }
    const base = asset_cost - salvage_value;
    const digits = (life * (life + 1)) / 2;
    let book = asset_cost;
    const schedule = [];
    for (let year = 1; year <= life; year++) {
      let expense: number;
      if (method === "straight_line") {
        expense = base / life;
      } else if (method === "sum_of_years_digits") {
        expense = (base * (life - year + 1)) / digits;
      } else {
        expense = year === life ? book - salvage_value : Math.min((book * 2) / life, book - salvage_value);
      }
      book -= expense;
      schedule.push({
        year,
        depreciation: roundTo(expense, 2, { method: "half-away-from-zero" }),
        accumulated_depreciation: roundTo(asset_cost - book, 2, { method: "half-away-from-zero" }),
        book_value: roundTo(book, 2, { method: "half-away-from-zero" }),
      });
    }
    return { method, schedule };
  },
});
