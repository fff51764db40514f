import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Drink {
  volume_ml: number;
  abv_percent: number;
}

interface Args {
  drinks: Drink[];
  body_weight_kg: number;
  sex: "male" | "female";
  hours_since_first_drink: number;
}

const ethanolDensity = 0.789;
const eliminationPerHour = 0.015;

/** Widmark estimate of blood alcohol concentration. */
export const estimateBloodAlcoholContent = defineTool<Args>({
  name: "estimate_blood_alcohol_content",
  description:
    "Estimate blood alcohol concentration with the Widmark formula (body water ratio 0.68 for men, 0.55 for women; elimination 0.015 %/hour). Returns grams of alcohol consumed (1 decimal), BAC in percent (g/100 mL, 3 decimals) and hours until it falls back to zero (1 decimal). An estimate only: never use it to decide whether to drive.",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      drinks: {
        type: "array",
        minItems: 1,
        maxItems: 30,
        description: "Drinks consumed.",
        items: {
          type: "object",
          properties: {
            volume_ml: {
              type: "number",
              exclusiveMinimum: 0,
              maximum: 2000,
              description: "Volume of the drink in millilitres (a US pint is 473 mL).",
            },
            abv_percent: {
              type: "number",
              exclusiveMinimum: 0,
              maximum: 96,
              description: "Alcohol by volume in percent (beer ~5, wine ~12, spirits ~40).",
            },
          },
          required: ["volume_ml", "abv_percent"],
          additionalProperties: false,
        },
      },
      body_weight_kg: { type: "number", minimum: 30, maximum: 300, description: "Body weight in kilograms." },
      sex: {
        type: "string",
        enum: ["male", "female"],
        description: "Sex; sets the Widmark body water ratio.",
      },
      hours_since_first_drink: {
        type: "number",
        minimum: 0,
        maximum: 48,
        description: "Hours since the first drink was started.",
      },
    },
    required: ["drinks", "body_weight_kg", "sex", "hours_since_first_drink"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      alcohol_grams: { type: "number", minimum: 0 },
      bac_percent: { type: "number", minimum: 0 },
      hours_until_zero: { type: "number", minimum: 0 },
    },
    required: ["alcohol_grams", "bac_percent", "hours_until_zero"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        drinks: [
          { volume_ml: 500, abv_percent: 5 },
          { volume_ml: 500, abv_percent: 5 },
        ],
        body_weight_kg: 80,
        sex: "male",
        hours_since_first_drink: 2,
      },
      result: { alcohol_grams: 39.5, bac_percent: 0.043, hours_until_zero: 2.8 },
    },
    {
      arguments: {
        drinks: [{ volume_ml: 150, abv_percent: 12 }],
        body_weight_kg: 60,
        sex: "female",
        hours_since_first_drink: 6,
      },
      result: { alcohol_grams: 14.2, bac_percent: 0, hours_until_zero: 0 },
    },
  ],
  invalidExamples: [
    {
      arguments: { drinks: [], body_weight_kg: 70, sex: "male", hours_since_first_drink: 1 },
      error: "$.drinks must NOT have fewer than 1 items",
    },
    {
      arguments: {
        drinks: [{ volume_ml: 330 }],
        body_weight_kg: 70,
        sex: "male",
        hours_since_first_drink: 1,
      },
      error: "missing required argument 'abv_percent'",
    },
  ],
  run: ({ drinks, body_weight_kg, sex, hours_since_first_drink }) => {
    const grams = drinks.reduce(
      (sum, drink) => sum + drink.volume_ml * (drink.abv_percent / 100) * ethanolDensity,
      0,
    );
    const ratio = sex === "male" ? 0.68 : 0.55;
    const peak = (grams / (body_weight_kg * 1000 * ratio)) * 100;
    const bac = Math.max(0, peak - eliminationPerHour * hours_since_first_drink);
    return {
      alcohol_grams: roundTo(grams, 1),
      bac_percent: roundTo(bac, 3),
      hours_until_zero: roundTo(bac / eliminationPerHour, 1),
    };
  },
});
