import type { JsonSchema } from "@apigen/core";

/** The genders BFCL's energy functions accept. */
export const genders = ["male", "female", "other"] as const;

/** The activity levels 1 (sedentary) to 5 (very active) and their total-energy multipliers. */
export const activityMultipliers = [1.2, 1.375, 1.55, 1.725, 1.9] as const;

/**
 * The Mifflin-St Jeor basal metabolic rate in kcal/day; "other" takes the mean of the male and female constants.
 *
 * @example
 * mifflinStJeor({ weight: 70, height: 175, age: 30, gender: "male" }); // 1648.75
 */
export function mifflinStJeor({
  weight,
  height,
  age,
  gender,
}: {
  weight: number;
  height: number;
  age: number;
  gender: (typeof genders)[number];
}): number {
  const constant = gender === "male" ? 5 : gender === "female" ? -161 : -78;
  return 10 * weight + 6.25 * height - 5 * age + constant;
}

/** The multiplier of an activity level 1 to 5. */
export function activityMultiplier(level: number): number {
  return activityMultipliers[Math.round(level) - 1] ?? 1.2;
}

/** The schemas of the `weight`, `height`, `age` and `gender` parameters of BFCL's energy functions. */
export const personProperties: Record<string, JsonSchema> = {
  weight: {
    type: "number",
    exclusiveMinimum: 0,
    maximum: 700,
    description: "The weight of the person in kilograms.",
  },
  height: {
    type: "number",
    exclusiveMinimum: 0,
    maximum: 300,
    description: "The height of the person in centimeters.",
  },
  age: { type: "number", minimum: 0, maximum: 130, description: "The age of the person in years." },
  gender: {
    type: "string",
    enum: [...genders],
    description: "The gender of the person: male, female or other.",
  },
};
