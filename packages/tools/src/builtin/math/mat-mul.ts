import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

const matrix = (description: string) => ({
  type: "array" as const,
  items: { type: "array" as const, items: { type: "number" as const }, minItems: 1 },
  minItems: 1,
  maxItems: 100,
  description,
});

function checkRectangular(rows: number[][], argument: string): number {
  const width = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== width)) {
    throw new ToolArgumentError({ message: `${argument} must have rows of equal length`, argument });
  }
  return width;
}

/** The product of two matrices (BFCL's `mat_mul`). */
export const matMul = defineTool<{ matA: number[][]; matB: number[][] }>({
  name: "mat_mul",
  description:
    "Multiplies two matrices given as lists of rows: matA (m x n) times matB (n x p) gives an m x p matrix. The number of columns of matA should equal the number of rows of matB; where they differ, each product is summed over the shorter of the two, as BFCL's zip-based original did.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      matA: matrix("The first matrix, a list of rows, e.g. [[1, 2], [3, 4]]."),
      matB: matrix("The second matrix, a list of rows."),
    },
    required: ["matA", "matB"],
    additionalProperties: false,
  },
  returns: { type: "array", items: { type: "array", items: { type: "number" } } },
  examples: [
    {
      arguments: {
        matA: [
          [1, 2],
          [3, 4],
        ],
        matB: [
          [5, 6],
          [7, 8],
        ],
      },
      result: [
        [19, 22],
        [43, 50],
      ],
    },
    { arguments: { matA: [[1, 2, 3]], matB: [[1], [2], [3]] }, result: [[14]] },
    { arguments: { matA: [[1, 2, 3]], matB: [[1, 1]] }, result: [[1, 1]] },
  ],
  invalidExamples: [
    { arguments: { matA: "[[1, 2]]", matB: [[1, 2]] }, error: "$.matA must be array" },
    { arguments: { matA: [[1, 2], [3]], matB: [[1], [2]] }, error: "rows of equal length" },
  ],
  run: ({ matA, matB }) => {
    const inner = checkRectangular(matA, "matA");
    const width = checkRectangular(matB, "matB");
    const shared = Math.min(inner, matB.length);
    return matA.map((row) =>
      Array.from({ length: width }, (_, column) =>
        row.slice(0, shared).reduce((sum, value, index) => sum + value * (matB[index]?.[column] ?? 0), 0),
      ),
    );
  },
});
