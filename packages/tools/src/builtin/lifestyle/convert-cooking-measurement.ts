import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

const mlPerCup = 236.588;

/** Millilitres per US volume unit. */
const volumes: Record<string, number> = {
  tsp: 4.92892,
  tbsp: 14.7868,
  fl_oz: 29.5735,
  cup: mlPerCup,
  pint: 473.176,
  quart: 946.353,
  gallon: 3785.41,
  ml: 1,
  l: 1000,
};
/** Grams per weight unit. */
const weights: Record<string, number> = { g: 1, kg: 1000, oz: 28.3495, lb: 453.592 };
/** Approximate grams per US cup (King Arthur Baking and USDA figures). */
const gramsPerCup: Record<string, number> = {
  all_purpose_flour: 120,
  bread_flour: 127,
  granulated_sugar: 200,
  brown_sugar_packed: 213,
  powdered_sugar: 113,
  butter: 227,
  water: 236.6,
  milk: 244,
  honey: 340,
  vegetable_oil: 198,
  rolled_oats: 89,
  white_rice_uncooked: 198,
  cocoa_powder: 84,
};
const units = [...Object.keys(volumes), ...Object.keys(weights)];

/** Converts kitchen measurements, across volume and weight for common ingredients. */
export const convertCookingMeasurement = defineTool<{
  quantity: number;
  from_unit: string;
  to_unit: string;
  ingredient?: string;
}>({
  name: "convert_cooking_measurement",
  description:
    "Convert a kitchen measurement between US volume units (tsp, tbsp, fl oz, cup, pint, quart, gallon), metric volume (ml, l) and weight (g, kg, oz, lb). Converting between volume and weight needs the ingredient, whose density is taken from standard baking tables. Returns the quantity rounded to 2 decimals.",
  category: "Lifestyle",
  parameters: {
    type: "object",
    properties: {
      quantity: { type: "number", exclusiveMinimum: 0, description: "Amount to convert." },
      from_unit: { type: "string", enum: units, description: "Unit of the quantity." },
      to_unit: { type: "string", enum: units, description: "Unit to convert to." },
      ingredient: {
        type: "string",
        enum: Object.keys(gramsPerCup),
        description: "Ingredient, required only to convert between volume and weight.",
      },
    },
    required: ["quantity", "from_unit", "to_unit"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      quantity: { type: "number" },
      unit: { type: "string", enum: units },
      density_g_per_cup: { type: ["number", "null"] },
    },
    required: ["quantity", "unit", "density_g_per_cup"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { quantity: 3, from_unit: "tbsp", to_unit: "ml" },
      result: { quantity: 44.36, unit: "ml", density_g_per_cup: null },
    },
    {
      arguments: { quantity: 2, from_unit: "cup", to_unit: "g", ingredient: "all_purpose_flour" },
      result: { quantity: 240, unit: "g", density_g_per_cup: 120 },
    },
    {
      arguments: { quantity: 500, from_unit: "g", to_unit: "cup", ingredient: "granulated_sugar" },
      result: { quantity: 2.5, unit: "cup", density_g_per_cup: 200 },
    },
  ],
  invalidExamples: [
    {
      arguments: { quantity: 1, from_unit: "cup", to_unit: "g" },
      error: "converting volume (cup) to weight (g) needs an ingredient",
    },
    { arguments: { quantity: 1, from_unit: "cup", to_unit: "stick" }, error: "$.to_unit must be one of" },
  ],
  run: ({ quantity, from_unit, to_unit, ingredient }) => {
    const fromVolume = volumes[from_unit];
    const toVolume = volumes[to_unit];
    const fromWeight = weights[from_unit];
    const toWeight = weights[to_unit];
    const density = ingredient === undefined ? undefined : gramsPerCup[ingredient];
    let result: number;
    if (fromVolume !== undefined && toVolume !== undefined) {
      result = (quantity * fromVolume) / toVolume;
    } else if (fromWeight !== undefined && toWeight !== undefined) {
      result = (quantity * fromWeight) / toWeight;
    } else if (density === undefined) {
      throw new ToolArgumentError({
        message: `converting ${fromVolume === undefined ? "weight" : "volume"} (${from_unit}) to ${toVolume === undefined ? "weight" : "volume"} (${to_unit}) needs an ingredient, e.g. 'all_purpose_flour' or 'butter'`,
        argument: "ingredient",
      });
    } else {
      const gramsPerMl = density / mlPerCup;
      const grams =
        fromWeight !== undefined ? quantity * fromWeight : quantity * (fromVolume ?? 0) * gramsPerMl;
      result = toWeight !== undefined ? grams / toWeight : grams / gramsPerMl / (toVolume ?? 1);
    }
    return { quantity: roundTo(result, 2), unit: to_unit, density_g_per_cup: density ?? null };
  },
});
