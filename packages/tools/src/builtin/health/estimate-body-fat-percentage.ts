import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  sex: "male" | "female";
  height_cm: number;
  neck_cm: number;
  waist_cm: number;
  hip_cm?: number;
}

/** ACE body-fat categories by sex: upper bounds in percent. */
const bands: Record<Args["sex"], readonly [number, string][]> = {
  male: [
    [6, "essential fat"],
    [14, "athletes"],
    [18, "fitness"],
    [25, "average"],
    [Number.POSITIVE_INFINITY, "obese"],
  ],
  female: [
    [14, "essential fat"],
    [21, "athletes"],
    [25, "fitness"],
    [32, "average"],
    [Number.POSITIVE_INFINITY, "obese"],
  ],
};

/** U.S. Navy circumference method for body fat. */
export const estimateBodyFatPercentage = defineTool<Args>({
  name: "estimate_body_fat_percentage",
  description:
    "Estimate body fat percentage with the U.S. Navy circumference method (height, neck and waist; hips too for women). Returns the percentage rounded to 1 decimal and its American Council on Exercise category.",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      sex: { type: "string", enum: ["male", "female"], description: "Sex; selects the equation." },
      height_cm: { type: "number", minimum: 120, maximum: 230, description: "Height in centimetres." },
      neck_cm: {
        type: "number",
        minimum: 20,
        maximum: 70,
        description: "Neck circumference below the larynx, in cm.",
      },
      waist_cm: {
        type: "number",
        minimum: 40,
        maximum: 200,
        description: "Waist circumference (at the navel for men, narrowest point for women), in cm.",
      },
      hip_cm: {
        type: "number",
        minimum: 50,
        maximum: 200,
        description: "Hip circumference at the widest point, in cm; required for women.",
      },
    },
    required: ["sex", "height_cm", "neck_cm", "waist_cm"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      body_fat_percent: { type: "number" },
      category: { type: "string", enum: ["essential fat", "athletes", "fitness", "average", "obese"] },
    },
    required: ["body_fat_percent", "category"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { sex: "male", height_cm: 180, neck_cm: 38, waist_cm: 85 },
      result: { body_fat_percent: 16.1, category: "fitness" },
    },
    {
      arguments: { sex: "female", height_cm: 165, neck_cm: 33, waist_cm: 75, hip_cm: 100 },
      result: { body_fat_percent: 29.4, category: "average" },
    },
  ],
  invalidExamples: [
    {
      arguments: { sex: "female", height_cm: 165, neck_cm: 33, waist_cm: 75 },
      error: "hip_cm is required for women",
    },
    {
      arguments: { sex: "male", height_cm: 180, neck_cm: 45, waist_cm: 44 },
      error: "waist_cm (44) must be larger than neck_cm (45)",
    },
  ],
  run: ({ sex, height_cm, neck_cm, waist_cm, hip_cm }) => {
    if (waist_cm <= neck_cm) {
      throw new ToolArgumentError({
        message: `waist_cm (${waist_cm}) must be larger than neck_cm (${neck_cm}); check the measurements`,
        argument: "waist_cm",
      });
    }
    let percent: number;
    if (sex === "male") {
      percent =
        495 / (1.0324 - 0.19077 * Math.log10(waist_cm - neck_cm) + 0.15456 * Math.log10(height_cm)) - 450;
    } else {
      if (hip_cm === undefined) {
        throw new ToolArgumentError({
          message: "hip_cm is required for women by the U.S. Navy method",
          argument: "hip_cm",
        });
      }
      percent =
        495 / (1.29579 - 0.35004 * Math.log10(waist_cm + hip_cm - neck_cm) + 0.221 * Math.log10(height_cm)) -
        450;
    }
    if (percent < 2 || percent > 70) {
      throw new ToolArgumentError({
        message: `the measurements give an implausible ${roundTo(percent, 1)}% body fat; check that all are in centimetres`,
        argument: "waist_cm",
      });
    }
    const rounded = roundTo(percent, 1);
    return {
      body_fat_percent: rounded,
      category: bands[sex].find(([bound]) => rounded < bound)?.[1] ?? "obese",
    };
  },
});
