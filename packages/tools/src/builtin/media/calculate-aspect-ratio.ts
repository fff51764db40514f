import { defineTool } from "../define-tool.js";
import { greatestCommonDivisor } from "../shared/greatest-common-divisor.js";
import { roundTo } from "../shared/round-to.js";

const standards: [string, number][] = [
  ["1:1", 1],
  ["5:4", 1.25],
  ["4:3", 4 / 3],
  ["3:2", 1.5],
  ["16:10", 1.6],
  ["16:9", 16 / 9],
  ["1.85:1", 1.85],
  ["2:1", 2],
  ["21:9", 21 / 9],
  ["2.39:1", 2.39],
  ["4:5", 0.8],
  ["3:4", 0.75],
  ["2:3", 2 / 3],
  ["9:16", 9 / 16],
];

/** Reduced aspect ratio of a frame and the closest standard ratio. */
export const calculateAspectRatio = defineTool<{ width: number; height: number }>({
  name: "calculate_aspect_ratio",
  description:
    "Compute the aspect ratio of an image or video frame from its pixel dimensions. Returns the reduced ratio (e.g. '16:9'), the decimal ratio rounded to 4 decimals, the closest standard ratio (4:3, 16:9, 21:9, 9:16, 2.39:1, ...) and the orientation.",
  category: "Media",
  parameters: {
    type: "object",
    properties: {
      width: { type: "integer", minimum: 1, maximum: 100000, description: "Width in pixels." },
      height: { type: "integer", minimum: 1, maximum: 100000, description: "Height in pixels." },
    },
    required: ["width", "height"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      ratio: { type: "string", pattern: "^\\d+:\\d+$" },
      decimal: { type: "number", exclusiveMinimum: 0 },
      closest_standard: { type: "string" },
      orientation: { type: "string", enum: ["landscape", "portrait", "square"] },
      megapixels: { type: "number" },
    },
    required: ["ratio", "decimal", "closest_standard", "orientation", "megapixels"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { width: 1920, height: 1080 },
      result: {
        ratio: "16:9",
        decimal: 1.7778,
        closest_standard: "16:9",
        orientation: "landscape",
        megapixels: 2.07,
      },
    },
    {
      arguments: { width: 1080, height: 1350 },
      result: {
        ratio: "4:5",
        decimal: 0.8,
        closest_standard: "4:5",
        orientation: "portrait",
        megapixels: 1.46,
      },
    },
    {
      arguments: { width: 2560, height: 1080 },
      result: {
        ratio: "64:27",
        decimal: 2.3704,
        closest_standard: "2.39:1",
        orientation: "landscape",
        megapixels: 2.76,
      },
    },
  ],
  invalidExamples: [
    { arguments: { width: 0, height: 1080 }, error: "$.width must be >= 1" },
    { arguments: { width: 1920.5, height: 1080 }, error: "$.width must be integer" },
  ],
  run: ({ width, height }) => {
    const divisor = greatestCommonDivisor(width, height);
    const decimal = width / height;
    const closest = standards.reduce((best, candidate) =>
      Math.abs(Math.log(candidate[1] / decimal)) < Math.abs(Math.log(best[1] / decimal)) ? candidate : best,
    );
    return {
      ratio: `${width / divisor}:${height / divisor}`,
      decimal: roundTo(decimal, 4, { method: "decimal" }),
      closest_standard: closest[0],
      orientation: width === height ? "square" : width > height ? "landscape" : "portrait",
      megapixels: roundTo((width * height) / 1e6, 2, { method: "decimal" }),
    };
  },
});
