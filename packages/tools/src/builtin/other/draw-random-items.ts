import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** Random draws from a list, with or without replacement. */
export const drawRandomItems = defineTool<{ items: string[]; count?: number; allow_repeats?: boolean }>({
  name: "draw_random_items",
  description:
    "Draw items at random from a list (a raffle, picking a restaurant, choosing who goes first), without replacement unless allow_repeats is true. Returns the drawn items in draw order and the items not drawn; reproducible for the same seed and arguments.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      items: {
        type: "array",
        minItems: 1,
        maxItems: 1000,
        items: { type: "string", minLength: 1 },
        description: "The items to draw from.",
      },
      count: {
        type: "integer",
        minimum: 1,
        maximum: 1000,
        default: 1,
        description: "How many items to draw. Default 1.",
      },
      allow_repeats: {
        type: "boolean",
        default: false,
        description: "Put each drawn item back so it can be drawn again. Default false.",
      },
    },
    required: ["items"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      drawn: { type: "array", items: { type: "string" }, minItems: 1 },
      not_drawn: { type: "array", items: { type: "string" } },
    },
    required: ["drawn", "not_drawn"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { items: ["pizza", "sushi", "tacos", "curry"], count: 2 },
      result: { drawn: ["pizza", "tacos"], not_drawn: ["sushi", "curry"] },
    },
  ],
  invalidExamples: [
    {
      arguments: { items: ["a", "b"], count: 3 },
      error: "cannot draw 3 items from a list of 2 without repeats",
    },
    { arguments: { items: [] }, error: "$.items must NOT have fewer than 1 items" },
  ],
  run: ({ items, count = 1, allow_repeats = false }, { random }) => {
    if (allow_repeats) {
      const drawn = Array.from({ length: count }, () => random.pick(items));
      return { drawn, not_drawn: items.filter((item) => !drawn.includes(item)) };
    }
    if (count > items.length) {
      throw new ToolArgumentError({
        message: `cannot draw ${count} items from a list of ${items.length} without repeats; lower count or set allow_repeats to true`,
        argument: "count",
      });
    }
    const indexes = random.sample(
      items.map((_, index) => index),
      count,
    );
    return {
      drawn: indexes.map((index) => items[index] ?? ""),
      not_drawn: items.filter((_, index) => !indexes.includes(index)),
    };
  },
});
