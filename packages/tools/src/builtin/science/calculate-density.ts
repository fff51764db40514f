import { defineTool } from "../define-tool.js";

/** Density from mass and volume (BFCL's `calculate_density`). */
export const calculateDensity = defineTool<{ mass: number; volume: number }>({
  name: "calculate_density",
  description:
    "Calculates the density of an object, mass / volume, in kg/m^3 for a mass in kilograms and a volume in cubic meters, unrounded.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      mass: { type: "number", minimum: 0, description: "The mass of the object, in kilograms." },
      volume: {
        type: "number",
        exclusiveMinimum: 0,
        description: "The volume of the object, in cubic meters.",
      },
    },
    required: ["mass", "volume"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { mass: 50, volume: 10 }, result: 5 },
    { arguments: { mass: 0.3, volume: 0.00005 }, result: 5999.999999999999 },
  ],
  invalidExamples: [
    { arguments: { mass: 50, volume: 0 }, error: "$.volume must be > 0" },
    { arguments: { mass: -1, volume: 2 }, error: "$.mass must be >= 0" },
  ],
  run: ({ mass, volume }) => mass / volume,
});
