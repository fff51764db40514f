import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

const vector = (description: string) => ({
  type: "array" as const,
  items: { type: "number" as const },
  minItems: 1,
  description,
});

/** The cosine similarity of two vectors (BFCL's `calculate_cosine_similarity`). */
export const calculateCosineSimilarity = defineTool<{ vectorA: number[]; vectorB: number[] }>({
  name: "calculate_cosine_similarity",
  description:
    "Calculates the cosine similarity of two vectors of the same length: their dot product divided by the product of their lengths, from -1 to 1, unrounded.",
  category: "Math",
  parameters: {
    type: "object",
    properties: { vectorA: vector("The first vector."), vectorB: vector("The second vector.") },
    required: ["vectorA", "vectorB"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { vectorA: [1, 0], vectorB: [0, 1] }, result: 0 },
    { arguments: { vectorA: [1, 2, 3], vectorB: [2, 4, 6] }, result: 1 },
  ],
  invalidExamples: [
    { arguments: { vectorA: [1, 2], vectorB: [1, 2, 3] }, error: "same length" },
    { arguments: { vectorA: [0, 0], vectorB: [1, 2] }, error: "zero vector" },
  ],
  run: ({ vectorA, vectorB }) => {
    if (vectorA.length !== vectorB.length) {
      throw new ToolArgumentError({
        message: `vectorA has ${vectorA.length} elements and vectorB ${vectorB.length}; they must have the same length`,
        argument: "vectorB",
      });
    }
    let dot = 0;
    let normA = 0;
    let normB = 0;
    vectorA.forEach((a, index) => {
      const b = vectorB[index] ?? 0;
      dot += a * b;
      normA += a * a;
      normB += b * b;
    });
    if (normA === 0 || normB === 0) {
      throw new ToolArgumentError({ message: "the cosine similarity of a zero vector is undefined" });
    }
    return Math.min(1, Math.max(-1, dot / (Math.sqrt(normA) * Math.sqrt(normB))));
  },
});
