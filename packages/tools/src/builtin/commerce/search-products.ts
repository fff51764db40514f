import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { productCategories, products } from "./data/products.js";

interface Args {
  query?: string;
  category?: string;
  min_price?: number;
  max_price?: number;
  min_rating?: number;
  sort_by?: "relevance" | "price_asc" | "price_desc" | "rating";
  limit?: number;
}

/** Products of the store catalogue matching a query and filters. */
export const searchProducts = defineTool<Args>({
  name: "search_products",
  description:
    "Search an online store's catalogue by keywords (name, brand, features), category, price range and minimum rating. Returns the number of matches and the products (id, name, brand, category, price in USD, rating, review count) in the requested order.",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      query: {
        type: "string",
        minLength: 1,
        maxLength: 100,
        description: "Keywords; every word must appear in the name, brand or features.",
      },
      category: { type: "string", enum: productCategories, description: "Only products of this category." },
      min_price: { type: "number", minimum: 0, description: "Lowest price in USD, inclusive." },
      max_price: { type: "number", minimum: 0, description: "Highest price in USD, inclusive." },
      min_rating: {
        type: "number",
        minimum: 0,
        maximum: 5,
        description: "Lowest average rating (0-5 stars).",
      },
      sort_by: {
        type: "string",
        enum: ["relevance", "price_asc", "price_desc", "rating"],
        default: "relevance",
        description: "Result order; 'relevance' ranks by review count.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 50,
        default: 10,
        description: "Maximum number of products returned.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_matches: { type: "integer", minimum: 0 },
      products: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" },
            name: { type: "string" },
            brand: { type: "string" },
            category: { type: "string" },
            price: { type: "number" },
            rating: { type: "number" },
            review_count: { type: "integer" },
          },
          required: ["id", "name", "brand", "category", "price", "rating", "review_count"],
          additionalProperties: false,
        },
      },
    },
    required: ["total_matches", "products"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "A fictional 32-product store catalogue (invented brands, USD prices) in 8 categories; static data.",
  },
  examples: [
    {
      arguments: { query: "wireless", sort_by: "price_asc" },
      result: {
        total_matches: 3,
        products: [
          {
            id: "P1005",
            name: "Ergonomic Wireless Mouse",
            brand: "Keyforge",
            category: "electronics",
            price: 49.99,
            rating: 4.4,
            review_count: 2210,
          },
          {
            id: "P1002",
            name: "True Wireless Earbuds",
            brand: "Auralis",
            category: "electronics",
            price: 79.99,
            rating: 4.3,
            review_count: 5120,
          },
          {
            id: "P1001",
            name: "Wireless Noise-Cancelling Headphones",
            brand: "Auralis",
            category: "electronics",
            price: 199.99,
            rating: 4.6,
            review_count: 2841,
          },
        ],
      },
    },
    {
      arguments: { category: "kitchen", max_price: 50, min_rating: 4.5, limit: 2 },
      result: {
        total_matches: 2,
        products: [
          {
            id: "P1011",
            name: "Cast Iron Skillet, 26 cm",
            brand: "Hearthware",
            category: "kitchen",
            price: 34.5,
            rating: 4.8,
            review_count: 9321,
          },
          {
            id: "P1015",
            name: "Glass Meal Prep Containers, 10-pack",
            brand: "Hearthware",
            category: "kitchen",
            price: 32.99,
            rating: 4.5,
            review_count: 6120,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { min_price: 100, max_price: 20 },
      error: "max_price (20) must not be below min_price (100)",
    },
    { arguments: { category: "garden" }, error: "$.category must be one of" },
  ],
  run: ({ query, category, min_price, max_price, min_rating, sort_by = "relevance", limit = 10 }) => {
    if (min_price !== undefined && max_price !== undefined && max_price < min_price) {
      throw new ToolArgumentError({
        message: `max_price (${max_price}) must not be below min_price (${min_price})`,
        argument: "max_price",
      });
    }
    const words = (query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    const order: Record<string, (a: (typeof products)[number], b: (typeof products)[number]) => number> = {
      relevance: (a, b) => b.review_count - a.review_count,
      price_asc: (a, b) => a.price - b.price,
      price_desc: (a, b) => b.price - a.price,
      rating: (a, b) => b.rating - a.rating || b.review_count - a.review_count,
    };
    const matches = products
      .filter((item) => {
        const text = `${item.name} ${item.brand} ${item.features.join(" ")}`.toLowerCase();
        return words.every((word) => text.includes(word));
      })
      .filter((item) => category === undefined || item.category === category)
      .filter(
        (item) =>
          (min_price === undefined || item.price >= min_price) &&
          (max_price === undefined || item.price <= max_price),
      )
      .filter((item) => min_rating === undefined || item.rating >= min_rating)
      .sort(order[sort_by]);
    return {
      total_matches: matches.length,
      products: matches
        .slice(0, limit)
        .map(({ id, name, brand, category: kind, price, rating, review_count }) => ({
          id,
          name,
          brand,
          category: kind,
          price,
          rating,
          review_count,
        })),
    };
  },
});
