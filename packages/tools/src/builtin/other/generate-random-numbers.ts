import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

interface Args {
  min: number;
  max: number;
  count?: number;
  unique?: boolean;
  sort?: "none" | "ascending" | "descending";
}

/** Uniform random integers in a range. */
export const generateRandomNumbers = defineTool<Args>({
  name: "generate_random_numbers",
  description:
    "Generate uniformly distributed random integers between min and max (both included), optionally all different (like lottery numbers) and sorted. Returns the numbers and their sum; reproducible for the same seed and arguments.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      min: {
        type: "integer",
        minimum: -1000000000,
        maximum: 1000000000,
        description: "Smallest allowed value (inclusive).",
      },
      max: {
        type: "integer",
        minimum: -1000000000,
        maximum: 1000000000,
        description: "Largest allowed value (inclusive).",
      },
      count: {
        type: "integer",
        minimum: 1,
        maximum: 1000,
        default: 1,
        description: "How many numbers. Default 1.",
      },
      unique: {
        type: "boolean",
        default: false,
        description: "Require all numbers to differ. Default false.",
      },
      sort: {
        type: "string",
        enum: ["none", "ascending", "descending"],
        default: "none",
        description: "Order of the result. Default none (draw order).",
      },
    },
    required: ["min", "max"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      numbers: { type: "array", items: { type: "integer" }, minItems: 1 },
      sum: { type: "integer" },
    },
    required: ["numbers", "sum"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { min: 1, max: 49, count: 6, unique: true, sort: "ascending" },
      result: { numbers: [4, 5, 17, 24, 35, 38], sum: 123 },
    },
  ],
  invalidExamples: [
    { arguments: { min: 10, max: 1 }, error: "min (10) must not be greater than max (1)" },
    {
      arguments: { min: 1, max: 5, count: 6, unique: true },
      error: "only 5 distinct values lie between 1 and 5",
    },
  ],
  run: ({ min, max, count = 1, unique = false, sort = "none" }, { random }) => {
    if (min > max) {
      throw new ToolArgumentError({
        message: `min (${min}) must not be greater than max (${max}); swap them`,
        argument: "min",
      });
    }
    const size = max - min + 1;
    if (unique && count > size) {
      throw new ToolArgumentError({
        message: `only ${size} distinct values lie between ${min} and ${max}; cannot draw ${count} unique numbers`,
        argument: "count",
      });
    }
    const numbers: number[] = [];
    const seen = new Set<number>();
    while (numbers.length < count) {
      const value = random.int(min, max);
      if (unique && seen.has(value)) {
        continue;
      }
      seen.add(value);
      numbers.push(value);
    }
    if (sort !== "none") {
      numbers.sort((a, b) => (sort === "ascending" ? a - b : b - a));
    }
    return { numbers, sum: numbers.reduce((total, value) => total + value, 0) };
  },
});
