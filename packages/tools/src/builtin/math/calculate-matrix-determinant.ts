import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { eliminate, squareSize } from "./matrix.js";

/** Determinant and trace of a square matrix. */
export const calculateMatrixDeterminant = defineTool<{ matrix: number[][] }>({
  name: "calculate_matrix_determinant",
  description:
    "Compute the determinant and trace of a square matrix (1x1 to 8x8). Returns both rounded to 6 decimals and whether the matrix is invertible (non-zero determinant).",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      matrix: {
        type: "array",
        description: "The square matrix as a list of rows, e.g. [[1, 2], [3, 4]].",
        items: { type: "array", items: { type: "number" }, minItems: 1, maxItems: 8 },
        minItems: 1,
        maxItems: 8,
      },
    },
    required: ["matrix"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      size: { type: "integer", minimum: 1 },
      determinant: { type: "number" },
      trace: { type: "number" },
      invertible: { type: "boolean" },
    },
    required: ["size", "determinant", "trace", "invertible"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        matrix: [
          [1, 2],
          [3, 4],
        ],
      },
      result: { size: 2, determinant: -2, trace: 5, invertible: true },
    },
    {
      arguments: {
        matrix: [
          [2, 0, 1],
          [1, 3, 2],
          [1, 1, 1],
        ],
      },
      result: { size: 3, determinant: 0, trace: 6, invertible: false },
    },
  ],
  invalidExamples: [
    {
      arguments: { matrix: [[1, 2], [3]] },
      error: "matrix must be square: it has 2 rows but row 1 has 1 entries",
    },
    { arguments: { matrix: [] }, error: "$.matrix must NOT have fewer than 1 items" },
  ],
  run: ({ matrix }) => {
    const size = squareSize(matrix, "matrix");
    const determinant = roundTo(eliminate(matrix).determinant, 6, { method: "decimal" });
    const trace = roundTo(
      matrix.reduce((sum, row, i) => sum + (row[i] ?? 0), 0),
      6,
      { method: "decimal" },
    );
    return { size, determinant, trace, invertible: determinant !== 0 };
  },
});
