import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Base-unit factors: grams for mass, millilitres for volume, pieces for counts. */
const units: Record<string, { dimension: "mass" | "volume" | "count"; factor: number }> = {
  g: { dimension: "mass", factor: 1 },
  kg: { dimension: "mass", factor: 1000 },
  oz: { dimension: "mass", factor: 28.349523125 },
  lb: { dimension: "mass", factor: 453.59237 },
  ml: { dimension: "volume", factor: 1 },
  l: { dimension: "volume", factor: 1000 },
  fl_oz: { dimension: "volume", factor: 29.5735295625 },
  gal: { dimension: "volume", factor: 3785.411784 },
  count: { dimension: "count", factor: 1 },
};
const reference = {
  mass: { unit: "kg", size: 1000 },
  volume: { unit: "l", size: 1000 },
  count: { unit: "item", size: 1 },
};

interface Offer {
  name: string;
  price: number;
  quantity: number;
  unit: string;
}

/** Which package size is the best value. */
export const compareUnitPrices = defineTool<{ offers: Offer[] }>({
  name: "compare_unit_prices",
  description:
    "Compare the unit prices of package sizes or offers of the same kind of product (by mass, volume or count). Returns each offer's price per kg, per litre or per item (4 decimals), ranked from best to worst value, and the best offer's saving versus the worst in percent (2 decimals).",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      offers: {
        type: "array",
        minItems: 2,
        maxItems: 20,
        description:
          "Offers to compare; all must measure the same dimension (all mass, all volume or all counts).",
        items: {
          type: "object",
          properties: {
            name: {
              type: "string",
              minLength: 1,
              maxLength: 80,
              description: "Label of the offer, e.g. 'Brand A 500 g'.",
            },
            price: { type: "number", exclusiveMinimum: 0, description: "Shelf price of the package." },
            quantity: {
              type: "number",
              exclusiveMinimum: 0,
              description: "Amount in the package, in `unit`.",
            },
            unit: { type: "string", enum: Object.keys(units), description: "Unit of `quantity`." },
          },
          required: ["name", "price", "quantity", "unit"],
          additionalProperties: false,
        },
      },
    },
    required: ["offers"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      per_unit: { type: "string", enum: ["kg", "l", "item"] },
      ranking: {
        type: "array",
        items: {
          type: "object",
          properties: { rank: { type: "integer" }, name: { type: "string" }, unit_price: { type: "number" } },
          required: ["rank", "name", "unit_price"],
          additionalProperties: false,
        },
      },
      best: { type: "string" },
      saving_vs_worst_percent: { type: "number", minimum: 0, maximum: 100 },
    },
    required: ["per_unit", "ranking", "best", "saving_vs_worst_percent"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        offers: [
          { name: "Coffee 250 g", price: 6.49, quantity: 250, unit: "g" },
          { name: "Coffee 1 kg", price: 21.99, quantity: 1, unit: "kg" },
          { name: "Coffee 12 oz", price: 8.99, quantity: 12, unit: "oz" },
        ],
      },
      result: {
        per_unit: "kg",
        ranking: [
          { rank: 1, name: "Coffee 1 kg", unit_price: 21.99 },
          { rank: 2, name: "Coffee 250 g", unit_price: 25.96 },
          { rank: 3, name: "Coffee 12 oz", unit_price: 26.4261 },
        ],
        best: "Coffee 1 kg",
        saving_vs_worst_percent: 16.79,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        offers: [
          { name: "Milk", price: 1.2, quantity: 1, unit: "l" },
          { name: "Cheese", price: 3, quantity: 200, unit: "g" },
        ],
      },
      error: "cannot compare volume (Milk) with mass (Cheese)",
    },
    {
      arguments: { offers: [{ name: "Rice", price: 2, quantity: 1, unit: "kg" }] },
      error: "$.offers must NOT have fewer than 2 items",
    },
  ],
  run: ({ offers }) => {
    const first = offers[0] as Offer;
    const dimension = units[first.unit]?.dimension ?? "count";
    for (const offer of offers) {
      const other = units[offer.unit]?.dimension ?? "count";
      if (other !== dimension) {
        throw new ToolArgumentError({
          message: `cannot compare ${dimension} (${first.name}) with ${other} (${offer.name}): use units of one kind`,
          argument: "offers",
        });
      }
    }
    const target = reference[dimension];
    const priced = offers
      .map((offer) => ({
        name: offer.name,
        value: (offer.price / (offer.quantity * (units[offer.unit]?.factor ?? 1))) * target.size,
      }))
      .sort((a, b) => a.value - b.value);
    const best = priced[0] ?? { name: "", value: 0 };
    const worst = priced[priced.length - 1] ?? best;
    return {
      per_unit: target.unit,
      ranking: priced.map((entry, index) => ({
        rank: index + 1,
        name: entry.name,
        unit_price: roundTo(entry.value, 4),
      })),
      best: best.name,
      saving_vs_worst_percent: Math.round((1 - best.value / worst.value) * 10000) / 100,
    };
  },
});
