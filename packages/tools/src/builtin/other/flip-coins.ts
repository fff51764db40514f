import { defineTool } from "../define-tool.js";

/** Fair coin flips. */
export const flipCoins = defineTool<{ count?: number }>({
  name: "flip_coins",
  description:
    "Flip one or more fair coins. Returns each result ('heads' or 'tails') in order and the number of heads and tails; results are random but reproducible for the same seed and arguments.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      count: {
        type: "integer",
        minimum: 1,
        maximum: 1000,
        default: 1,
        description: "Number of coins to flip. Default 1.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      results: { type: "array", items: { type: "string", enum: ["heads", "tails"] }, minItems: 1 },
      heads: { type: "integer", minimum: 0 },
      tails: { type: "integer", minimum: 0 },
    },
    required: ["results", "heads", "tails"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { count: 5 },
      result: { results: ["tails", "tails", "heads", "heads", "heads"], heads: 3, tails: 2 },
    },
  ],
  invalidExamples: [
    { arguments: { count: 0 }, error: "$.count must be >= 1" },
    { arguments: { count: 2.5 }, error: "$.count must be integer" },
  ],
  run: ({ count = 1 }, { random }) => {
    const results = Array.from({ length: count }, () => (random.next() < 0.5 ? "heads" : "tails"));
    const heads = results.filter((side) => side === "heads").length;
    return { results, heads, tails: count - heads };
  },
});
