import { defineTool } from "../define-tool.js";

/** Coordinate pairs as lists (BFCL's `convert_coordinates`). */
export const convertCoordinates = defineTool<{ coordinates: number[][] }>({
  name: "convert_coordinates",
  description:
    "Converts a list of (x, y) coordinate tuples into a list of [x, y] lists, in the same order, e.g. to pass them to polygon_area.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      coordinates: {
        type: "array",
        items: {
          type: "array",
          items: { type: "number" },
          minItems: 2,
          maxItems: 2,
          description: "A single coordinate represented by a tuple (x, y).",
        },
        maxItems: 1000,
        description: "The coordinates to be converted, where each coordinate is a tuple (x, y).",
      },
    },
    required: ["coordinates"],
    additionalProperties: false,
  },
  returns: { type: "array", items: { type: "array", items: { type: "number" } } },
  examples: [
    {
      arguments: {
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
      result: [
        [1, 2],
        [3, 4],
      ],
    },
    { arguments: { coordinates: [] }, result: [] },
  ],
  invalidExamples: [
    { arguments: { coordinates: [[1]] }, error: "must NOT have fewer than 2 items" },
    { arguments: { coordinates: "(1, 2)" }, error: "$.coordinates must be array" },
  ],
  run: ({ coordinates }) => coordinates.map(([x, y]) => [x ?? 0, y ?? 0]),
});
