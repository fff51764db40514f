import { defineTool } from "../define-tool.js";
import { mean } from "./least-squares-slope.js";
import { numberListParameters } from "./number-list-parameters.js";

/** The arithmetic mean of a list of numbers (BFCL's `calculate_mean`). */
export const calculateMean = defineTool<{ numbers: number[] }>({
  name: "calculate_mean",
  description:
    "Calculates the arithmetic mean (sum divided by count) of a non-empty list of numbers, unrounded.",
  category: "Math",
  parameters: numberListParameters,
  returns: { type: "number" },
  examples: [
    { arguments: { numbers: [1, 3, 4, 6, 8] }, result: 4.4 },
    { arguments: { numbers: [5, 10, 15, 20, 25] }, result: 15 },
  ],
  invalidExamples: [
    { arguments: { numbers: [] }, error: "$.numbers must NOT have fewer than 1 items" },
    { arguments: { numbers: ["1"] }, error: "$.numbers[0] must be number" },
  ],
  run: ({ numbers }) => mean(numbers),
});
