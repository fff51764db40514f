import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { foods } from "./data/foods.js";

/** Nutrition facts for a portion of a common food. */
export const getFoodNutritionFacts = defineTool<{ food: string; portion_grams?: number }>({
  name: "get_food_nutrition_facts",
  description:
    "Look up the nutrition facts of a common food for a portion in grams: energy (kcal, whole), protein, fat, carbohydrate, fiber and sugars (grams, 1 decimal). Matches the food name case-insensitively, also by a unique partial name ('oats' finds 'rolled oats').",
  category: "Health",
  simulated: {
    covers:
      "32 common foods (fruit, vegetables, grains, meat, fish, dairy, legumes, nuts, fats) with approximate per-100 g values rounded from USDA FoodData Central",
  },
  parameters: {
    type: "object",
    properties: {
      food: {
        type: "string",
        minLength: 2,
        maxLength: 60,
        description: "Food name, e.g. 'banana', 'salmon' or 'brown rice'.",
      },
      portion_grams: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 5000,
        default: 100,
        description: "Portion size in grams. Default 100.",
      },
    },
    required: ["food"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      food: { type: "string" },
      portion_grams: { type: "number" },
      energy_kcal: { type: "integer", minimum: 0 },
      protein_g: { type: "number", minimum: 0 },
      fat_g: { type: "number", minimum: 0 },
      carbohydrate_g: { type: "number", minimum: 0 },
      fiber_g: { type: "number", minimum: 0 },
      sugars_g: { type: "number", minimum: 0 },
    },
    required: [
      "food",
      "portion_grams",
      "energy_kcal",
      "protein_g",
      "fat_g",
      "carbohydrate_g",
      "fiber_g",
      "sugars_g",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { food: "Banana", portion_grams: 118 },
      result: {
        food: "banana",
        portion_grams: 118,
        energy_kcal: 105,
        protein_g: 1.3,
        fat_g: 0.4,
        carbohydrate_g: 26.9,
        fiber_g: 3.1,
        sugars_g: 14.4,
      },
    },
    {
      arguments: { food: "oats" },
      result: {
        food: "rolled oats",
        portion_grams: 100,
        energy_kcal: 379,
        protein_g: 13.2,
        fat_g: 6.5,
        carbohydrate_g: 67.7,
        fiber_g: 10.1,
        sugars_g: 1,
      },
    },
  ],
  invalidExamples: [
    { arguments: { food: "pizza" }, error: "no nutrition data for 'pizza'" },
    { arguments: { food: "rice" }, error: "'rice' matches several foods" },
    { arguments: { food: "apple", portion_grams: -50 }, error: "$.portion_grams must be > 0" },
  ],
  run: ({ food, portion_grams = 100 }) => {
    const query = food.trim().toLowerCase();
    const exact = foods.find((item) => item.name === query);
    const partial = foods.filter((item) => item.name.includes(query));
    const found = exact ?? (partial.length === 1 ? partial[0] : undefined);
    if (found === undefined) {
      throw new ToolArgumentError({
        message:
          partial.length > 1
            ? `'${food}' matches several foods: ${partial.map((item) => item.name).join("; ")}; name one`
            : `no nutrition data for '${food}'; known foods include ${foods
                .slice(0, 8)
                .map((item) => item.name)
                .join(", ")}, ...`,
        argument: "food",
      });
    }
    const scale = portion_grams / 100;
    return {
      food: found.name,
      portion_grams,
      energy_kcal: Math.round(found.kcal * scale),
      protein_g: roundTo(found.proteinG * scale, 1),
      fat_g: roundTo(found.fatG * scale, 1),
      carbohydrate_g: roundTo(found.carbohydrateG * scale, 1),
      fiber_g: roundTo(found.fiberG * scale, 1),
      sugars_g: roundTo(found.sugarsG * scale, 1),
    };
  },
});
