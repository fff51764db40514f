import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

const menu = [
  "fries",
  "dumplings",
  "pizza",
  "soda",
  "salad",
  "rice bowl",
  "burger",
  "cake",
  "cookie",
  "ice cream",
  "sandwich",
  "hot dog",
  "noodles",
  "chicken",
  "beef",
  "pork",
  "fish",
  "shrimp",
  "lobster",
  "crab",
  "steak",
];

/** The total price of a food order (BFCL's `order_food`). */
export const orderFood = defineTool<{ item: string[]; quantity: number[]; price: number[] }>({
  name: "order_food",
  description:
    "Orders food for a customer and returns the total price: the sum of quantity * price over the items, given as three lists of the same length.",
  category: "Commerce",
  parameters: {
    type: "object",
    properties: {
      item: {
        type: "array",
        items: { type: "string", minLength: 1, description: "the name of the product" },
        minItems: 1,
        description: `The names of the products ordered, e.g. ${menu.join(", ")}.`,
      },
      quantity: {
        type: "array",
        items: { type: "integer", minimum: 0, description: "the number of the product purchased." },
        minItems: 1,
        description: "The number of each product purchased, in the order of item.",
      },
      price: {
        type: "array",
        items: { type: "number", minimum: 0, description: "the unit price of the product." },
        minItems: 1,
        description: "The unit price of each product, in the order of item.",
      },
    },
    required: ["item", "quantity", "price"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { item: ["burger", "ice cream"], quantity: [10, 7], price: [5, 2] }, result: 64 },
    { arguments: { item: ["dumplings", "rice bowl"], quantity: [101, 20], price: [0.1, 10] }, result: 210.1 },
  ],
  invalidExamples: [
    {
      arguments: { item: ["burger"], quantity: [1, 2], price: [5] },
      error: "item, quantity and price must have the same length",
    },
    { arguments: { item: ["burger"], quantity: [-1], price: [5] }, error: "$.quantity[0] must be >= 0" },
  ],
  run: ({ item, quantity, price }) => {
    if (item.length !== quantity.length || item.length !== price.length) {
      throw new ToolArgumentError({
        message: `item, quantity and price must have the same length; got ${item.length}, ${quantity.length} and ${price.length}`,
      });
    }
    return quantity.reduce((total, count, index) => total + count * (price[index] ?? 0), 0);
  },
});
