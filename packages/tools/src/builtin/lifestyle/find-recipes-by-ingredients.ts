import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { type Cuisine, type Diet, recipes } from "./data/recipes.js";

interface Args {
  ingredients: string[];
  cuisine?: Cuisine;
  diet?: Diet;
  max_minutes?: number;
  limit?: number;
}

const cuisines: Cuisine[] = [
  "italian",
  "mexican",
  "indian",
  "chinese",
  "japanese",
  "thai",
  "american",
  "mediterranean",
  "french",
];

/** Recipes ranked by how many of the given ingredients they use. */
export const findRecipesByIngredients = defineTool<Args>({
  name: "find_recipes_by_ingredients",
  description:
    "Find recipes that use ingredients you have, optionally filtered by cuisine, diet and maximum total time. Returns up to `limit` recipes ranked by the share of their main ingredients you have (then by time), each with the ingredients you still need.",
  category: "Lifestyle",
  simulated: {
    covers:
      "a catalogue of 24 well-known home recipes in 9 cuisines, with main ingredients, total time, servings, calories and diet tags",
  },
  parameters: {
    type: "object",
    properties: {
      ingredients: {
        type: "array",
        minItems: 1,
        maxItems: 30,
        items: { type: "string", minLength: 2, maxLength: 40 },
        description:
          "Ingredients on hand, e.g. ['eggs', 'tomato', 'onion']; matched case-insensitively, singular or plural.",
      },
      cuisine: { type: "string", enum: cuisines, description: "Only recipes of this cuisine." },
      diet: {
        type: "string",
        enum: ["vegetarian", "vegan", "gluten_free", "dairy_free"],
        description: "Only recipes suitable for this diet.",
      },
      max_minutes: {
        type: "integer",
        minimum: 5,
        maximum: 600,
        description: "Maximum total preparation and cooking time in minutes.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 10,
        default: 3,
        description: "Maximum number of recipes to return. Default 3.",
      },
    },
    required: ["ingredients"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      results: {
        type: "array",
        items: {
          type: "object",
          properties: {
            name: { type: "string" },
            cuisine: { type: "string", enum: cuisines },
            total_minutes: { type: "integer" },
            servings: { type: "integer" },
            calories_per_serving: { type: "integer" },
            matched_ingredients: { type: "array", items: { type: "string" } },
            missing_ingredients: { type: "array", items: { type: "string" } },
          },
          required: [
            "name",
            "cuisine",
            "total_minutes",
            "servings",
            "calories_per_serving",
            "matched_ingredients",
            "missing_ingredients",
          ],
          additionalProperties: false,
        },
      },
    },
    required: ["results"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { ingredients: ["Eggs", "tomatoes", "onion", "garlic"], diet: "vegetarian", limit: 2 },
      result: {
        results: [
          {
            name: "Shakshuka",
            cuisine: "mediterranean",
            total_minutes: 30,
            servings: 4,
            calories_per_serving: 270,
            matched_ingredients: ["eggs", "tomato", "onion", "garlic"],
            missing_ingredients: ["bell pepper", "cumin"],
          },
          {
            name: "Red Lentil Dal",
            cuisine: "indian",
            total_minutes: 35,
            servings: 4,
            calories_per_serving: 300,
            matched_ingredients: ["onion", "garlic", "tomato"],
            missing_ingredients: ["red lentils", "ginger", "turmeric"],
          },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { ingredients: ["caviar", "truffle"] }, error: "no recipe uses any of" },
    { arguments: { ingredients: ["eggs"], cuisine: "korean" }, error: "$.cuisine must be one of" },
  ],
  run: ({ ingredients, cuisine, diet, max_minutes, limit = 3 }) => {
    const have = ingredients.map((item) => item.trim().toLowerCase());
    const matches = (needed: string) =>
      have.some(
        (item) => item === needed || item === `${needed}s` || item === `${needed}es` || `${item}s` === needed,
      );
    const ranked = recipes
      .filter(
        (recipe) =>
          (cuisine === undefined || recipe.cuisine === cuisine) &&
          (diet === undefined || recipe.diets.includes(diet)),
      )
      .filter((recipe) => max_minutes === undefined || recipe.totalMinutes <= max_minutes)
      .map((recipe) => ({ recipe, matched: recipe.ingredients.filter(matches) }))
      .filter(({ matched }) => matched.length > 0)
      .sort(
        (a, b) =>
          b.matched.length / b.recipe.ingredients.length - a.matched.length / a.recipe.ingredients.length ||
          a.recipe.totalMinutes - b.recipe.totalMinutes,
      );
    if (ranked.length === 0 && cuisine === undefined && diet === undefined && max_minutes === undefined) {
      throw new ToolArgumentError({
        message: `no recipe uses any of ${have.join(", ")}; try common ingredients such as eggs, chicken, tomato, rice or onion`,
        argument: "ingredients",
      });
    }
    return {
      results: ranked.slice(0, limit).map(({ recipe, matched }) => ({
        name: recipe.name,
        cuisine: recipe.cuisine,
        total_minutes: recipe.totalMinutes,
        servings: recipe.servings,
        calories_per_serving: recipe.caloriesPerServing,
        matched_ingredients: matched,
        missing_ingredients: recipe.ingredients.filter((item) => !matched.includes(item)),
      })),
    };
  },
});
