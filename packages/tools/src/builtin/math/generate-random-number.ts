import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** A seeded random integer in a range (BFCL's `generate_random_number`). */
export const generateRandomNumber = defineTool<{ min: number; max: number }>({
  name: "generate_random_number",
  description:
    "Generates a random integer within a specified range, both ends included. Draws from the run's seeded random stream, so the same range and seed give the same number.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      min: { type: "integer", description: "The minimum value of the range." },
      max: { type: "integer", description: "The maximum value of the range, not below min." },
    },
    required: ["min", "max"],
    additionalProperties: false,
  },
  returns: { type: "integer" },
  examples: [
    { arguments: { min: 1, max: 1 }, result: 1 },
    { arguments: { min: 1, max: 100 }, result: 72 },
  ],
  invalidExamples: [
    { arguments: { min: 10, max: 1 }, error: "max (1) must not be below min (10)" },
    { arguments: { min: 1.5, max: 3 }, error: "$.min must be integer" },
  ],
  run: ({ min, max }, { random }) => {
    if (max < min) {
      throw new ToolArgumentError({
        message: `max (${max}) must not be below min (${min})`,
        argument: "max",
      });
    }
    return random.int(min, max);
  },
});
