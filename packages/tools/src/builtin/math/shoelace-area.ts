/** The schema of a polygon's vertex list, each vertex `[x, y]`. */
export const verticesSchema = {
  type: "array" as const,
  items: {
    type: "array" as const,
    items: { type: "number" as const },
    minItems: 2,
    maxItems: 2,
    description: "A single vertex represented by a 2 element list [x, y].",
  },
  minItems: 1,
  maxItems: 1000,
  description: "The vertices of the polygon in order, where each vertex is a 2 element list [x, y].",
};

/**
 * The absolute area enclosed by the vertices in order, by the shoelace formula.
 *
 * @example
 * shoelaceArea([[0, 0], [4, 0], [0, 3]]); // 6
 */
export function shoelaceArea(vertices: readonly (readonly number[])[]): number {
  let twice = 0;
  vertices.forEach((vertex, index) => {
    const next = vertices[(index + 1) % vertices.length] ?? vertex;
    twice += (vertex[0] ?? 0) * (next[1] ?? 0) - (next[0] ?? 0) * (vertex[1] ?? 0);
  });
  return Math.abs(twice) / 2;
}
