import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { products } from "./data/products.js";

/** One product with live-looking stock and delivery estimate. */
export const getProductDetails = defineTool<{ product_id: string; postal_code?: string }>({
  name: "get_product_details",
  description:
    "Get the full details of a store product by its id: name, brand, category, price in USD, rating, review count, shipping weight, features, units in stock and the estimated delivery time in business days.",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      product_id: { type: "string", pattern: "^P[0-9]{4}$", description: "Product id, e.g. 'P1004'." },
      postal_code: {
        type: "string",
        pattern: "^[0-9]{5}$",
        description:
          "US ZIP code of the delivery address, for the delivery estimate; without it a national average is used.",
      },
    },
    required: ["product_id"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      id: { type: "string" },
      name: { type: "string" },
      brand: { type: "string" },
      category: { type: "string" },
      price: { type: "number" },
      rating: { type: "number", minimum: 0, maximum: 5 },
      review_count: { type: "integer", minimum: 0 },
      weight_kg: { type: "number" },
      features: { type: "array", items: { type: "string" } },
      in_stock: { type: "integer", minimum: 0 },
      delivery_business_days: { type: "integer", minimum: 1 },
    },
    required: [
      "id",
      "name",
      "brand",
      "category",
      "price",
      "rating",
      "review_count",
      "weight_kg",
      "features",
      "in_stock",
      "delivery_business_days",
    ],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "The 32 products P1001-P1032 of a fictional store; stock is synthesised per product (deterministic for the same product and seed, whatever the postal code) and delivery days follow from the stock and the postal code.",
  },
  examples: [
    {
      arguments: { product_id: "P1011" },
      result: {
        id: "P1011",
        name: "Cast Iron Skillet, 26 cm",
        brand: "Hearthware",
        category: "kitchen",
        price: 34.5,
        rating: 4.8,
        review_count: 9321,
        weight_kg: 2.4,
        features: ["pre-seasoned", "oven safe"],
        in_stock: 196,
        delivery_business_days: 4,
      },
    },
    {
      arguments: { product_id: "P1003", postal_code: "94107" },
      result: {
        id: "P1003",
        name: "27-inch 4K Monitor",
        brand: "Pixelon",
        category: "electronics",
        price: 329,
        rating: 4.5,
        review_count: 987,
        weight_kg: 5.8,
        features: ["3840x2160", "IPS", "USB-C 65 W"],
        in_stock: 161,
        delivery_business_days: 3,
      },
    },
  ],
  invalidExamples: [
    { arguments: { product_id: "P2000" }, error: "no product with id 'P2000'" },
    { arguments: { product_id: "1004" }, error: "$.product_id must match pattern" },
  ],
  run: ({ product_id, postal_code }, { randomFor }) => {
    const found = products.find((item) => item.id === product_id);
    if (found === undefined) {
      throw new ToolArgumentError({
        message: `no product with id '${product_id}'; ids run from P1001 to P1032 (use search_products to find one)`,
        argument: "product_id",
      });
    }
    const random = randomFor(found.id);
    const inStock = random.next() < 0.12 ? 0 : random.int(1, 250);
    const base = postal_code === undefined ? 4 : 2 + (Number(postal_code.charAt(0)) % 4);
    return { ...found, in_stock: inStock, delivery_business_days: inStock === 0 ? base + 7 : base };
  },
});
