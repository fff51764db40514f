import { defineTool } from "../define-tool.js";

const point = (description: string) => ({
  type: "array" as const,
  items: { type: "number" as const },
  minItems: 2,
  maxItems: 2,
  description,
});

/** The Euclidean distance between two 2D points (BFCL's `get_distance`). */
export const getDistance = defineTool<{ pointA: [number, number]; pointB: [number, number] }>({
  name: "get_distance",
  description:
    "Calculates the straight-line (Euclidean) distance between two 2D points given as [x, y], unrounded.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      pointA: point("The first point, [x, y]."),
      pointB: point("The second point, [x, y]."),
    },
    required: ["pointA", "pointB"],
    additionalProperties: false,
  },
  returns: { type: "number", minimum: 0 },
  examples: [
    { arguments: { pointA: [3, 4], pointB: [0, 0] }, result: 5 },
    { arguments: { pointA: [1, 1], pointB: [4, 5] }, result: 5 },
  ],
  invalidExamples: [
    { arguments: { pointA: [3, 4, 5], pointB: [0, 0] }, error: "$.pointA must NOT have more than 2 items" },
    { arguments: { pointA: [3], pointB: [0, 0] }, error: "$.pointA must NOT have fewer than 2 items" },
  ],
  run: ({ pointA, pointB }) => Math.sqrt((pointA[0] - pointB[0]) ** 2 + (pointA[1] - pointB[1]) ** 2),
});
