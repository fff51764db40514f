import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

type Formula = "devine" | "robinson" | "miller" | "hamwi";
/** Base kg at 5 ft and kg per inch above it, by sex. */
const formulas: Record<Formula, { male: [number, number]; female: [number, number] }> = {
  devine: { male: [50, 2.3], female: [45.5, 2.3] },
  robinson: { male: [52, 1.9], female: [49, 1.7] },
  miller: { male: [56.2, 1.41], female: [53.1, 1.36] },
  hamwi: { male: [48, 2.7], female: [45.5, 2.2] },
};

/** Ideal body weight by the classic height-based formulas. */
export const calculateIdealBodyWeight = defineTool<{
  height_cm: number;
  sex: "male" | "female";
  formula?: Formula | "all";
}>({
  name: "calculate_ideal_body_weight",
  description:
    "Calculate ideal body weight from height and sex with the Devine, Robinson, Miller or Hamwi formula (base weight at 5 ft plus a fixed amount per inch), as used for drug dosing. Returns kilograms rounded to 1 decimal for the chosen formula or all four.",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      height_cm: {
        type: "number",
        minimum: 100,
        maximum: 250,
        description: "Height in centimetres; the formulas are defined from 152.4 cm (5 ft).",
      },
      sex: {
        type: "string",
        enum: ["male", "female"],
        description: "Sex; each formula has separate constants.",
      },
      formula: {
        type: "string",
        enum: ["devine", "robinson", "miller", "hamwi", "all"],
        default: "all",
        description: "Formula to apply. Default all.",
      },
    },
    required: ["height_cm", "sex"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      height_inches: { type: "number" },
      ideal_weight_kg: {
        type: "object",
        properties: {
          devine: { type: "number" },
          robinson: { type: "number" },
          miller: { type: "number" },
          hamwi: { type: "number" },
        },
        additionalProperties: false,
        minProperties: 1,
      },
    },
    required: ["height_inches", "ideal_weight_kg"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { height_cm: 180, sex: "male" },
      result: {
        height_inches: 70.9,
        ideal_weight_kg: { devine: 75, robinson: 72.6, miller: 71.5, hamwi: 77.3 },
      },
    },
    {
      arguments: { height_cm: 165, sex: "female", formula: "devine" },
      result: { height_inches: 65, ideal_weight_kg: { devine: 56.9 } },
    },
  ],
  invalidExamples: [
    { arguments: { height_cm: 140, sex: "female" }, error: "defined from 152.4 cm (5 ft)" },
    { arguments: { height_cm: 170, sex: "male", formula: "broca" }, error: "$.formula must be one of" },
  ],
  run: ({ height_cm, sex, formula = "all" }) => {
    if (height_cm < 152.4) {
      throw new ToolArgumentError({
        message: `height_cm ${height_cm} is too short: these formulas are defined from 152.4 cm (5 ft)`,
        argument: "height_cm",
      });
    }
    const inches = height_cm / 2.54;
    const chosen = formula === "all" ? (Object.keys(formulas) as Formula[]) : [formula];
    const weights = Object.fromEntries(
      chosen.map((name) => {
        const [base, perInch] = formulas[name][sex];
        return [name, roundTo(base + perInch * (inches - 60), 1)];
      }),
    );
    return { height_inches: roundTo(inches, 1), ideal_weight_kg: weights };
  },
});
