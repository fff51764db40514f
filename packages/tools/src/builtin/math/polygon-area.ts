import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { shoelaceArea, verticesSchema } from "./shoelace-area.js";

/** The area of a polygon from its vertices (BFCL's `polygon_area`). */
export const polygonArea = defineTool<{ vertices: number[][] }>({
  name: "polygon_area",
  description:
    "Calculate the area of a polygon given its vertices in order (clockwise or counter-clockwise) using the shoelace formula. Needs at least 3 vertices; the result is unrounded and never negative.",
  category: "Math",
  parameters: {
    type: "object",
    properties: { vertices: verticesSchema },
    required: ["vertices"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    {
      arguments: {
        vertices: [
          [1, 2],
          [3, 4],
          [1, 3],
        ],
      },
      result: 1,
    },
    {
      arguments: {
        vertices: [
          [0, 0],
          [4, 0],
          [4, 3],
          [0, 3],
        ],
      },
      result: 12,
    },
  ],
  invalidExamples: [
    {
      arguments: {
        vertices: [
          [0, 0],
          [1, 1],
        ],
      },
      error: "at least 3 vertices",
    },
    {
      arguments: {
        vertices: [
          [0, 0, 1],
          [1, 1],
          [2, 0],
        ],
      },
      error: "must NOT have more than 2 items",
    },
  ],
  run: ({ vertices }) => {
    if (vertices.length < 3) {
      throw new ToolArgumentError({
        message: `a polygon needs at least 3 vertices; got ${vertices.length}`,
        argument: "vertices",
      });
    }
    return shoelaceArea(vertices);
  },
});
