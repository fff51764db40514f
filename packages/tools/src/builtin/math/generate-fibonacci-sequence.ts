import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** A run of Fibonacci numbers, F(0) = 0, F(1) = 1. */
export const generateFibonacciSequence = defineTool<{ count: number; start_index?: number }>({
  name: "generate_fibonacci_sequence",
  description:
    "List consecutive Fibonacci numbers (F(0) = 0, F(1) = 1, F(n) = F(n-1) + F(n-2)) starting at a given index. Returns the numbers and their indices; indices up to 78 (the largest exact in 53-bit floats).",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      count: { type: "integer", minimum: 1, maximum: 79, description: "How many numbers to return (1-79)." },
      start_index: {
        type: "integer",
        minimum: 0,
        maximum: 78,
        default: 0,
        description: "Index of the first number returned. Default 0.",
      },
    },
    required: ["count"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      start_index: { type: "integer" },
      numbers: { type: "array", items: { type: "integer", minimum: 0 } },
    },
    required: ["start_index", "numbers"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { count: 10 }, result: { start_index: 0, numbers: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34] } },
    {
      arguments: { count: 3, start_index: 50 },
      result: { start_index: 50, numbers: [12586269025, 20365011074, 32951280099] },
    },
  ],
  invalidExamples: [
    { arguments: { count: 10, start_index: 75 }, error: "the last index would be 84" },
    { arguments: { count: 0 }, error: "$.count must be >= 1" },
  ],
  run: ({ count, start_index: start = 0 }) => {
    const last = start + count - 1;
    if (last > 78) {
      throw new ToolArgumentError({
        message: `the last index would be ${last}, but F(n) is exact only up to n = 78; lower count or start_index`,
        argument: "count",
      });
    }
    const numbers: number[] = [];
    let [a, b] = [0, 1];
    for (let i = 0; i <= last; i += 1) {
      if (i >= start) {
        numbers.push(a);
      }
      [a, b] = [b, a + b];
    }
    return { start_index: start, numbers };
  },
});
