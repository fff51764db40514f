import { defineTool } from "../define-tool.js";

/** The area of a triangle from its base and height (BFCL's `calculate_triangle_area`). */
export const calculateTriangleArea = defineTool<{ base: number; height: number }>({
  name: "calculate_triangle_area",
  description:
    "Calculates the area of a triangle given its base and height: base * height / 2, in square meters.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      base: { type: "integer", minimum: 0, description: "The base of the triangle, in meters." },
      height: { type: "integer", minimum: 0, description: "The height of the triangle, in meters." },
    },
    required: ["base", "height"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { base: 500, height: 300 }, result: 75000 },
    { arguments: { base: 5, height: 3 }, result: 7.5 },
  ],
  invalidExamples: [
    { arguments: { base: -5, height: 3 }, error: "$.base must be >= 0" },
    { arguments: { base: 5 }, error: "height" },
  ],
  run: ({ base, height }) => (base * height) / 2,
});
