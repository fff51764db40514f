import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { clamp } from "../shared/clamp.js";
import { roundTo } from "../shared/round-to.js";

const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** Area, perimeter, angles and classification of a triangle given its three sides. */
export const calculateTriangleProperties = defineTool<{ a: number; b: number; c: number }>({
  name: "calculate_triangle_properties",
  description:
    "Compute a triangle's perimeter, area (Heron's formula), interior angles in degrees and its classification from the lengths of its three sides. Area and perimeter are rounded to 4 decimals, angles to 2.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      a: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Length of side a (any unit, same for all sides).",
      },
      b: { type: "number", exclusiveMinimum: 0, description: "Length of side b." },
      c: { type: "number", exclusiveMinimum: 0, description: "Length of side c." },
    },
    required: ["a", "b", "c"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      perimeter: { type: "number" },
      area: { type: "number" },
      angles_degrees: {
        type: "object",
        description: "Angle opposite each side.",
        properties: { A: { type: "number" }, B: { type: "number" }, C: { type: "number" } },
        required: ["A", "B", "C"],
        additionalProperties: false,
      },
      side_type: { type: "string", enum: ["equilateral", "isosceles", "scalene"] },
      angle_type: { type: "string", enum: ["acute", "right", "obtuse"] },
    },
    required: ["perimeter", "area", "angles_degrees", "side_type", "angle_type"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { a: 3, b: 4, c: 5 },
      result: {
        perimeter: 12,
        area: 6,
        angles_degrees: { A: 36.87, B: 53.13, C: 90 },
        side_type: "scalene",
        angle_type: "right",
      },
    },
    {
      arguments: { a: 2, b: 2, c: 2 },
      result: {
        perimeter: 6,
        area: 1.7321,
        angles_degrees: { A: 60, B: 60, C: 60 },
        side_type: "equilateral",
        angle_type: "acute",
      },
    },
  ],
  invalidExamples: [
    { arguments: { a: 1, b: 2, c: 5 }, error: "violate the triangle inequality" },
    { arguments: { a: 0, b: 2, c: 2 }, error: "$.a must be > 0" },
  ],
  run: ({ a, b, c }) => {
    const [x, y, z] = [a, b, c].sort((p, q) => p - q) as [number, number, number];
    if (x + y <= z) {
      throw new ToolArgumentError({
        message: `sides ${a}, ${b}, ${c} violate the triangle inequality: the two shorter sides must sum to more than the longest`,
        argument: "c",
      });
    }
    const s = (a + b + c) / 2;
    const area = Math.sqrt(s * (s - a) * (s - b) * (s - c));
    const angle = (opposite: number, p: number, q: number) =>
      toDegrees(Math.acos(clamp((p * p + q * q - opposite * opposite) / (2 * p * q), -1, 1)));
    const tolerance = 1e-9 * z * z;
    const cosine = x * x + y * y - z * z;
    const sideType =
      a === b && b === c ? "equilateral" : a === b || b === c || a === c ? "isosceles" : "scalene";
    return {
      perimeter: roundTo(a + b + c, 4, { method: "decimal" }),
      area: roundTo(area, 4, { method: "decimal" }),
      angles_degrees: {
        A: roundTo(angle(a, b, c), 2, { method: "decimal" }),
        B: roundTo(angle(b, a, c), 2, { method: "decimal" }),
        C: roundTo(angle(c, a, b), 2, { method: "decimal" }),
      },
      side_type: sideType,
      angle_type: Math.abs(cosine) <= tolerance ? "right" : cosine > 0 ? "acute" : "obtuse",
    };
  },
});
