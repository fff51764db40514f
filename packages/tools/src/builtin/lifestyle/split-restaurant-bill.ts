import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  subtotal: number;
  people: number;
  tip_percent?: number;
  tax_percent?: number;
  tip_on_pre_tax?: boolean;
  round_up_per_person?: boolean;
}

/** Tax, tip and each person's share of a restaurant bill. */
export const splitRestaurantBill = defineTool<Args>({
  name: "split_restaurant_bill",
  description:
    "Split a restaurant bill evenly: adds sales tax and a tip (on the pre-tax subtotal by default) and divides by the number of people. Returns the tax, tip, total and per-person amounts in the bill's currency, rounded to cents; optionally rounds each share up to a whole unit.",
  category: "Lifestyle",
  parameters: {
    type: "object",
    properties: {
      subtotal: { type: "number", exclusiveMinimum: 0, description: "Bill amount before tax and tip." },
      people: {
        type: "integer",
        minimum: 1,
        maximum: 100,
        description: "Number of people sharing the bill.",
      },
      tip_percent: {
        type: "number",
        minimum: 0,
        maximum: 100,
        default: 15,
        description: "Tip as a percentage. Default 15.",
      },
      tax_percent: {
        type: "number",
        minimum: 0,
        maximum: 30,
        default: 0,
        description: "Sales tax percentage not yet included in the subtotal. Default 0.",
      },
      tip_on_pre_tax: {
        type: "boolean",
        default: true,
        description: "Compute the tip on the subtotal before tax. Default true.",
      },
      round_up_per_person: {
        type: "boolean",
        default: false,
        description: "Round each person's share up to a whole currency unit. Default false.",
      },
    },
    required: ["subtotal", "people"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      tax: { type: "number", minimum: 0 },
      tip: { type: "number", minimum: 0 },
      total: { type: "number", minimum: 0 },
      per_person: { type: "number", minimum: 0 },
      collected: {
        type: "number",
        minimum: 0,
        description: "per_person times people; above total when shares were rounded up.",
      },
    },
    required: ["tax", "tip", "total", "per_person", "collected"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { subtotal: 120, people: 4 },
      result: { tax: 0, tip: 18, total: 138, per_person: 34.5, collected: 138 },
    },
    {
      arguments: {
        subtotal: 87.4,
        people: 3,
        tip_percent: 20,
        tax_percent: 8.875,
        round_up_per_person: true,
      },
      result: { tax: 7.76, tip: 17.48, total: 112.64, per_person: 38, collected: 114 },
    },
  ],
  invalidExamples: [
    { arguments: { subtotal: 50, people: 0 }, error: "$.people must be >= 1" },
    { arguments: { subtotal: 50, people: 2, tip_percent: 150 }, error: "$.tip_percent must be <= 100" },
  ],
  run: ({
    subtotal,
    people,
    tip_percent = 15,
    tax_percent = 0,
    tip_on_pre_tax = true,
    round_up_per_person = false,
  }) => {
    const tax = roundTo((subtotal * tax_percent) / 100, 2);
    const tip = roundTo(((tip_on_pre_tax ? subtotal : subtotal + tax) * tip_percent) / 100, 2);
    const total = roundTo(subtotal + tax + tip, 2);
    const share = total / people;
    const perPerson = round_up_per_person ? Math.ceil(share - 1e-9) : roundTo(share, 2);
    return { tax, tip, total, per_person: perPerson, collected: roundTo(perPerson * people, 2) };
  },
});
