import { defineTool } from "../define-tool.js";

/** A list of numbers sorted (BFCL's `sort_array`). */
export const sortArray = defineTool<{ array: number[]; reverse?: boolean }>({
  name: "sort_array",
  description:
    "Sorts an array of numbers in ascending order, or descending with reverse true; equal numbers are kept, the input is not changed.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      array: {
        type: "array",
        items: { type: "number" },
        maxItems: 100_000,
        description: "The array of numbers.",
      },
      reverse: {
        type: "boolean",
        default: false,
        description: "Whether to sort the array in reverse order, i.e., descending order.",
      },
    },
    required: ["array"],
    additionalProperties: false,
  },
  returns: { type: "array", items: { type: "number" } },
  examples: [
    { arguments: { array: [34, 2, 56, 7, 9, 12], reverse: true }, result: [56, 34, 12, 9, 7, 2] },
    { arguments: { array: [3, -1.5, 2, 2] }, result: [-1.5, 2, 2, 3] },
  ],
  invalidExamples: [
    { arguments: { array: [3, "a"] }, error: "$.array[1] must be number" },
    { arguments: { array: [3, 1], reverse: "yes" }, error: "$.reverse must be boolean" },
  ],
  run: ({ array, reverse = false }) => [...array].sort((a, b) => (reverse ? b - a : a - b)),
});
