import { defineTool } from "../define-tool.js";
import { shoelaceArea, verticesSchema } from "./shoelace-area.js";

/** Whether vertices form a polygon (BFCL's `validate_polygon`). */
export const validatePolygon = defineTool<{ vertices: number[][] }>({
  name: "validate_polygon",
  description:
    "Checks if the given vertices form a valid polygon: at least 3 vertices, no vertex repeated, and a non-zero enclosed area (not all on one line). Returns true or false.",
  category: "Math",
  parameters: {
    type: "object",
    properties: { vertices: verticesSchema },
    required: ["vertices"],
    additionalProperties: false,
  },
  returns: { type: "boolean" },
  examples: [
    {
      arguments: {
        vertices: [
          [0, 0],
          [4, 0],
          [4, 3],
        ],
      },
      result: true,
    },
    {
      arguments: {
        vertices: [
          [0, 0],
          [1, 1],
          [2, 2],
        ],
      },
      result: false,
    },
    {
      arguments: {
        vertices: [
          [0, 0],
          [1, 1],
        ],
      },
      result: false,
    },
  ],
  invalidExamples: [
    { arguments: { vertices: [] }, error: "$.vertices must NOT have fewer than 1 items" },
    { arguments: { vertices: [[0, "a"]] }, error: "must be number" },
  ],
  run: ({ vertices }) => {
    const distinct = new Set(vertices.map((vertex) => vertex.join(",")));
    return vertices.length >= 3 && distinct.size === vertices.length && shoelaceArea(vertices) > 0;
  },
});
