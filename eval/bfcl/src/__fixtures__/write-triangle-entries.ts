import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { stringifyJson } from "@apigen/core";

/**
 * A BFCL function document for a triangle-area function with integer `base` and `height`.
 *
 * @example
 * triangleAreaFunction("geometry.triangle_area").parameters.required; // ["base", "height"]
 */
export function triangleAreaFunction(name: string) {
  return {
    name,
    description: "Calculate the area of a triangle.",
    parameters: {
      type: "dict",
      properties: {
        base: { type: "integer", description: "Base." },
        height: { type: "integer", description: "Height." },
      },
      required: ["base", "height"],
    },
  };
}

/** The values as JSON Lines text, one value per line, as BFCL's data files hold them. */
export function toJsonLines(values: readonly unknown[]): string {
  return values.map((value) => `${stringifyJson(value)}\n`).join("");
}

/**
 * Writes a `simple_python` category of `count` triangle-area entries into `dataDir`, with its possible
 * answers: entry `i` (id `simple_python_i`) asks `ask(i + 1)` and is answered by `name(base=i + 1, height=5)`.
 *
 * @example
 * await writeTriangleEntries({ dataDir, name: "calculate_triangle_area", count: 4, ask: (base) => `base ${base}` });
 */
export async function writeTriangleEntries({
  dataDir,
  name,
  count,
  ask,
}: {
  dataDir: string;
  name: string;
  count: number;
  ask: (base: number) => string;
}): Promise<void> {
  const ids = Array.from({ length: count }, (_, index) => index);
  await mkdir(join(dataDir, "possible_answer"), { recursive: true });
  await writeFile(
    join(dataDir, "BFCL_v4_simple_python.json"),
    toJsonLines(
      ids.map((index) => ({
        id: `simple_python_${index}`,
        question: [[{ role: "user", content: ask(index + 1) }]],
        function: [triangleAreaFunction(name)],
      })),
    ),
  );
  await writeFile(
    join(dataDir, "possible_answer", "BFCL_v4_simple_python.json"),
    toJsonLines(
      ids.map((index) => ({
        id: `simple_python_${index}`,
        ground_truth: [{ [name]: { base: [index + 1], height: [5] } }],
      })),
    ),
  );
}
