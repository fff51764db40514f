import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { findDuplicate } from "../shared/find-duplicate.js";
import { percentage } from "../shared/percentage.js";
import { waterFootprints } from "./data/water-footprints.js";

interface Item {
  food: string;
  kg: number;
}

/** The water footprint of a basket of food. */
export const calculateWaterFootprint = defineTool<{ items: Item[] }>({
  name: "calculate_water_footprint",
  description:
    "Compute the water footprint of a list of foods from global average footprints per kg (Mekonnen & Hoekstra, Water Footprint Network). Returns the litres for each item, the total in litres and cubic metres, and the item with the largest share (litres rounded to whole numbers).",
  category: "Environment",
  parameters: {
    type: "object",
    properties: {
      items: {
        type: "array",
        minItems: 1,
        maxItems: 30,
        description: "Foods and amounts; each food at most once.",
        items: {
          type: "object",
          properties: {
            food: { type: "string", enum: Object.keys(waterFootprints), description: "Food product." },
            kg: {
              type: "number",
              exclusiveMinimum: 0,
              maximum: 10000,
              description: "Amount in kilograms (1 litre of milk is about 1 kg).",
            },
          },
          required: ["food", "kg"],
          additionalProperties: false,
        },
      },
    },
    required: ["items"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      items: {
        type: "array",
        items: {
          type: "object",
          properties: {
            food: { type: "string" },
            kg: { type: "number" },
            litres_per_kg: { type: "integer" },
            litres: { type: "integer" },
            share_percent: { type: "number" },
          },
          required: ["food", "kg", "litres_per_kg", "litres", "share_percent"],
          additionalProperties: false,
        },
      },
      total_litres: { type: "integer", minimum: 0 },
      total_cubic_metres: { type: "number", minimum: 0 },
      largest_contributor: { type: "string" },
    },
    required: ["items", "total_litres", "total_cubic_metres", "largest_contributor"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        items: [
          { food: "beef", kg: 0.5 },
          { food: "rice", kg: 1 },
          { food: "tomatoes", kg: 2 },
        ],
      },
      result: {
        items: [
          { food: "beef", kg: 0.5, litres_per_kg: 15415, litres: 7708, share_percent: 72.49 },
          { food: "rice", kg: 1, litres_per_kg: 2497, litres: 2497, share_percent: 23.48 },
          { food: "tomatoes", kg: 2, litres_per_kg: 214, litres: 428, share_percent: 4.03 },
        ],
        total_litres: 10633,
        total_cubic_metres: 10.63,
        largest_contributor: "beef",
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        items: [
          { food: "milk", kg: 1 },
          { food: "milk", kg: 2 },
        ],
      },
      error: "'milk' is listed twice",
    },
    { arguments: { items: [{ food: "tofu", kg: 1 }] }, error: "$.items[0].food must be one of" },
  ],
  run: ({ items }) => {
    const repeated = findDuplicate(items, (item) => item.food);
    if (repeated !== undefined) {
      throw new ToolArgumentError({
        message: `'${repeated.food}' is listed twice: give each food once with its total kg`,
        argument: "items",
      });
    }
    const exact = items.map((item) => ({
      ...item,
      perKg: waterFootprints[item.food] ?? 0,
      value: (waterFootprints[item.food] ?? 0) * item.kg,
    }));
    const total = exact.reduce((sum, item) => sum + item.value, 0);
    const largest = exact.reduce((best, item) => (item.value > best.value ? item : best));
    return {
      items: exact.map((item) => ({
        food: item.food,
        kg: item.kg,
        litres_per_kg: item.perKg,
        litres: Math.round(item.value),
        share_percent: percentage(item.value, total),
      })),
      total_litres: Math.round(total),
      total_cubic_metres: Math.round(total / 10) / 100,
      largest_contributor: largest.food,
    };
  },
});
