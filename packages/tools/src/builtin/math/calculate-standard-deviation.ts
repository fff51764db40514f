import { defineTool } from "../define-tool.js";

/** The population standard deviation of a list of numbers (BFCL's `calculate_standard_deviation`). */
export const calculateStandardDeviation = defineTool<{ numbers: number[] }>({
  name: "calculate_standard_deviation",
  description:
    "Calculates the population standard deviation of a non-empty list of numbers: the square root of the mean squared distance from the mean (divides by n, not n - 1), unrounded.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      numbers: { type: "array", items: { type: "number" }, minItems: 1, description: "The list of numbers." },
    },
    required: ["numbers"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { numbers: [2, 4, 4, 4, 5, 5, 7, 9] }, result: 2 },
    { arguments: { numbers: [10] }, result: 0 },
  ],
  invalidExamples: [
    { arguments: { numbers: [] }, error: "$.numbers must NOT have fewer than 1 items" },
    { arguments: { values: [1, 2] }, error: "missing required argument 'numbers'" },
  ],
  run: ({ numbers }) => {
    const mean = numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
    const variance = numbers.reduce((sum, value) => sum + (value - mean) ** 2, 0) / numbers.length;
    return Math.sqrt(variance);
  },
});
