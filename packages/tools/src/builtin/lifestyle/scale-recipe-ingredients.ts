import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { findDuplicate } from "../shared/find-duplicate.js";
import { roundTo } from "../shared/round-to.js";

interface Ingredient {
  name: string;
  quantity: number;
  unit?: string;
}

interface Args {
  ingredients: Ingredient[];
  original_servings: number;
  target_servings: number;
}

const countUnits = new Set(["", "piece", "pieces", "whole", "clove", "cloves", "egg", "eggs"]);

/** Scales a recipe's ingredient list to a new number of servings. */
export const scaleRecipeIngredients = defineTool<Args>({
  name: "scale_recipe_ingredients",
  description:
    "Scale a recipe's ingredient quantities from its original number of servings to a target number. Returns the scale factor (3 decimals) and each ingredient with its new quantity (2 decimals); countable items without a unit (eggs, cloves, pieces) are also rounded up to a whole number in `rounded_quantity`.",
  category: "Lifestyle",
  parameters: {
    type: "object",
    properties: {
      ingredients: {
        type: "array",
        minItems: 1,
        maxItems: 50,
        description: "The recipe's ingredients.",
        items: {
          type: "object",
          properties: {
            name: { type: "string", minLength: 1, description: "Ingredient name, e.g. 'flour'." },
            quantity: {
              type: "number",
              exclusiveMinimum: 0,
              description: "Amount for the original servings.",
            },
            unit: {
              type: "string",
              default: "",
              description: "Unit such as 'g', 'cup', 'tbsp'; empty or 'pieces' for countable items.",
            },
          },
          required: ["name", "quantity"],
          additionalProperties: false,
        },
      },
      original_servings: {
        type: "integer",
        minimum: 1,
        maximum: 100,
        description: "Servings the recipe is written for.",
      },
      target_servings: { type: "integer", minimum: 1, maximum: 500, description: "Servings wanted." },
    },
    required: ["ingredients", "original_servings", "target_servings"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      scale_factor: { type: "number", exclusiveMinimum: 0 },
      ingredients: {
        type: "array",
        items: {
          type: "object",
          properties: {
            name: { type: "string" },
            quantity: { type: "number" },
            unit: { type: "string" },
            rounded_quantity: { type: "integer", minimum: 1 },
          },
          required: ["name", "quantity", "unit"],
          additionalProperties: false,
        },
      },
    },
    required: ["scale_factor", "ingredients"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        ingredients: [
          { name: "flour", quantity: 250, unit: "g" },
          { name: "milk", quantity: 1.5, unit: "cup" },
          { name: "eggs", quantity: 2 },
        ],
        original_servings: 4,
        target_servings: 6,
      },
      result: {
        scale_factor: 1.5,
        ingredients: [
          { name: "flour", quantity: 375, unit: "g" },
          { name: "milk", quantity: 2.25, unit: "cup" },
          { name: "eggs", quantity: 3, unit: "", rounded_quantity: 3 },
        ],
      },
    },
    {
      arguments: {
        ingredients: [{ name: "garlic", quantity: 3, unit: "cloves" }],
        original_servings: 4,
        target_servings: 2,
      },
      result: {
        scale_factor: 0.5,
        ingredients: [{ name: "garlic", quantity: 1.5, unit: "cloves", rounded_quantity: 2 }],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        ingredients: [
          { name: "salt", quantity: 1, unit: "tsp" },
          { name: "Salt", quantity: 2, unit: "tsp" },
        ],
        original_servings: 2,
        target_servings: 4,
      },
      error: "ingredient 'Salt' is listed twice",
    },
    {
      arguments: { ingredients: [{ name: "salt", quantity: 1 }], original_servings: 0, target_servings: 4 },
      error: "$.original_servings must be >= 1",
    },
  ],
  run: ({ ingredients, original_servings, target_servings }) => {
    const repeated = findDuplicate(ingredients, ({ name }) => name.trim().toLowerCase());
    if (repeated !== undefined) {
      throw new ToolArgumentError({
        message: `ingredient '${repeated.name}' is listed twice; merge the quantities into one entry`,
        argument: "ingredients",
      });
    }
    const factor = target_servings / original_servings;
    return {
      scale_factor: roundTo(factor, 3),
      ingredients: ingredients.map(({ name, quantity, unit = "" }) => {
        const scaled = quantity * factor;
        const item = { name, quantity: roundTo(scaled, 2), unit };
        return countUnits.has(unit.trim().toLowerCase())
          ? { ...item, rounded_quantity: Math.max(1, Math.ceil(scaled - 1e-9)) }
          : item;
      }),
    };
  },
});
