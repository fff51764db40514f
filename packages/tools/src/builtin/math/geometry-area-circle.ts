import { defineTool } from "../define-tool.js";

/** The area of a circle from its radius (BFCL's `geometry_area_circle`). */
export const geometryAreaCircle = defineTool<{ radius: number }>({
  name: "geometry_area_circle",
  description:
    "Calculates the area of a circle, pi * radius^2, unrounded, in square feet for a radius in feet.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      radius: { type: "integer", minimum: 0, description: "The radius of the circle, in feet." },
    },
    required: ["radius"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { radius: 15 }, result: 706.8583470577034 },
    { arguments: { radius: 0 }, result: 0 },
  ],
  invalidExamples: [
    { arguments: { radius: -2 }, error: "$.radius must be >= 0" },
    { arguments: { radius: 1.5 }, error: "$.radius must be integer" },
  ],
  run: ({ radius }) => Math.PI * radius ** 2,
});
