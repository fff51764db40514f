import { defineTool } from "../define-tool.js";

type Climate = "hot" | "mild" | "cold" | "snowy";
type Activity = "business" | "beach" | "hiking" | "formal_event" | "gym" | "skiing";
type Category = "documents" | "clothing" | "footwear" | "toiletries" | "gear" | "electronics";

interface Args {
  trip_days: number;
  climate: Climate;
  activities?: Activity[];
  laundry_available?: boolean;
}

const categoryOrder: Category[] = ["documents", "clothing", "footwear", "toiletries", "gear", "electronics"];

/** A packing checklist sized to the trip. */
export const generatePackingList = defineTool<Args>({
  name: "generate_packing_list",
  description:
    "Build a packing checklist for a trip from its length, climate and planned activities. Clothing is sized for the trip (at most 7 days of clothes with laundry, 14 without). Returns the items with quantities grouped by category, and the total item count.",
  category: "Lifestyle",
  parameters: {
    type: "object",
    properties: {
      trip_days: { type: "integer", minimum: 1, maximum: 90, description: "Length of the trip in days." },
      climate: {
        type: "string",
        enum: ["hot", "mild", "cold", "snowy"],
        description: "Expected weather at the destination.",
      },
      activities: {
        type: "array",
        uniqueItems: true,
        maxItems: 6,
        items: { type: "string", enum: ["business", "beach", "hiking", "formal_event", "gym", "skiing"] },
        default: [],
        description: "Planned activities. Default none.",
      },
      laundry_available: {
        type: "boolean",
        default: false,
        description: "Whether clothes can be washed during the trip. Default false.",
      },
    },
    required: ["trip_days", "climate"],
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
            item: { type: "string" },
            quantity: { type: "integer", minimum: 1 },
            category: { type: "string", enum: categoryOrder },
          },
          required: ["item", "quantity", "category"],
          additionalProperties: false,
        },
      },
      total_items: { type: "integer", minimum: 1 },
    },
    required: ["items", "total_items"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { trip_days: 3, climate: "hot", activities: ["beach"] },
      result: {
        items: [
          { item: "passport or ID", quantity: 1, category: "documents" },
          { item: "underwear", quantity: 4, category: "clothing" },
          { item: "socks (pairs)", quantity: 4, category: "clothing" },
          { item: "tops", quantity: 3, category: "clothing" },
          { item: "trousers or skirts", quantity: 1, category: "clothing" },
          { item: "sleepwear", quantity: 1, category: "clothing" },
          { item: "sun hat", quantity: 1, category: "clothing" },
          { item: "swimsuit", quantity: 2, category: "clothing" },
          { item: "flip-flops", quantity: 1, category: "footwear" },
          { item: "toothbrush and toothpaste", quantity: 1, category: "toiletries" },
          { item: "deodorant", quantity: 1, category: "toiletries" },
          { item: "sunscreen", quantity: 1, category: "toiletries" },
          { item: "sunglasses", quantity: 1, category: "gear" },
          { item: "beach towel", quantity: 1, category: "gear" },
          { item: "phone charger", quantity: 1, category: "electronics" },
        ],
        total_items: 24,
      },
    },
  ],
  invalidExamples: [
    { arguments: { trip_days: 0, climate: "mild" }, error: "$.trip_days must be >= 1" },
    {
      arguments: { trip_days: 5, climate: "mild", activities: ["gym", "gym"] },
      error: "$.activities must NOT have duplicate items",
    },
    { arguments: { trip_days: 5, climate: "rainy" }, error: "$.climate must be one of" },
  ],
  run: ({ trip_days, climate, activities = [], laundry_available = false }) => {
    const days = Math.min(trip_days, laundry_available ? 7 : 14);
    const list = new Map<string, { quantity: number; category: Category }>();
    const add = (item: string, quantity: number, category: Category) => {
      const existing = list.get(item);
      list.set(item, { quantity: Math.max(quantity, existing?.quantity ?? 0), category });
    };
    add("passport or ID", 1, "documents");
    add("underwear", days + 1, "clothing");
    add("socks (pairs)", days + 1, "clothing");
    add("tops", days, "clothing");
    add("trousers or skirts", Math.ceil(days / 3), "clothing");
    add("sleepwear", Math.ceil(days / 7), "clothing");
    add("toothbrush and toothpaste", 1, "toiletries");
    add("deodorant", 1, "toiletries");
    add("phone charger", 1, "electronics");
    if (climate === "hot") {
      add("sun hat", 1, "clothing");
      add("sunscreen", 1, "toiletries");
      add("sunglasses", 1, "gear");
    } else if (climate === "mild") {
      add("light jacket", 1, "clothing");
    } else {
      add(climate === "snowy" ? "winter coat" : "warm jacket", 1, "clothing");
      add("sweaters", Math.ceil(days / 4), "clothing");
      add("gloves", 1, "clothing");
      add("scarf", 1, "clothing");
      if (climate === "snowy") {
        add("thermal base layers", Math.ceil(days / 3), "clothing");
        add("winter boots", 1, "footwear");
      }
    }
    for (const activity of activities) {
      if (activity === "business") {
        add("business outfits", Math.min(days, 5), "clothing");
        add("dress shoes", 1, "footwear");
        add("laptop and charger", 1, "electronics");
      } else if (activity === "beach") {
        add("swimsuit", 2, "clothing");
        add("flip-flops", 1, "footwear");
        add("beach towel", 1, "gear");
      } else if (activity === "hiking") {
        add("hiking boots", 1, "footwear");
        add("rain jacket", 1, "clothing");
        add("daypack", 1, "gear");
        add("water bottle", 1, "gear");
      } else if (activity === "formal_event") {
        add("formal outfit", 1, "clothing");
        add("dress shoes", 1, "footwear");
      } else if (activity === "gym") {
        add("workout outfits", Math.ceil(days / 2), "clothing");
        add("trainers", 1, "footwear");
      } else {
        add("ski jacket and pants", 1, "clothing");
        add("ski goggles", 1, "gear");
        add("thermal base layers", Math.ceil(days / 3), "clothing");
      }
    }
    const items = [...list]
      .map(([item, { quantity, category }]) => ({ item, quantity, category }))
      .sort((a, b) => categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category));
    return { items, total_items: items.reduce((sum, { quantity }) => sum + quantity, 0) };
  },
});
