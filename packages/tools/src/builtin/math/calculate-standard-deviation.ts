import { defineTool } from "../define-tool.js";
import { mean } from "./least-squares-slope.js";
import { numberListParameters } from "./number-list-parameters.js";

/** The population standard deviation of a list of numbers (BFCL's `calculate_standard_deviation`). */
export const calculateStandardDeviation = defineTool<{ numbers: number[] }>({
  name: "calculate_standard_deviation",
  description:
    "Calculates the population standard deviation of a non-empty list of numbers: the square root of the mean squared distance from the mean (divides by n, not n - 1), unrounded.",
  category: "Math",
  parameters: numberListParameters,
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
    const center = mean(numbers);
    return Math.sqrt(mean(numbers.map((value) => (value - center) ** 2)));
  },
});
