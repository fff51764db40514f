import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

type Unit = "mg_dl" | "mmol_l";
/** mg/dL per mmol/L for glucose (molar mass 180.16 g/mol). */
const factor = 18.016;

function fastingCategory(mgDl: number): string {
  if (mgDl < 70) {
    return "low (hypoglycaemia)";
  }
  if (mgDl < 100) {
    return "normal";
  }
  return mgDl < 126 ? "prediabetes range" : "diabetes range";
}

/** Converts blood glucose between mg/dL and mmol/L and reads a fasting value. */
export const convertBloodGlucose = defineTool<{ value: number; from_unit: Unit; fasting?: boolean }>({
  name: "convert_blood_glucose",
  description:
    "Convert a blood glucose reading between mg/dL and mmol/L (1 mmol/L = 18.016 mg/dL). Returns both values (mg/dL whole, mmol/L 1 decimal) and, for a fasting reading, the ADA category (low, normal, prediabetes range, diabetes range).",
  category: "Health",
  parameters: {
    type: "object",
    properties: {
      value: { type: "number", exclusiveMinimum: 0, maximum: 2000, description: "The glucose reading." },
      from_unit: {
        type: "string",
        enum: ["mg_dl", "mmol_l"],
        description: "Unit of the reading: mg_dl (US) or mmol_l (most other countries).",
      },
      fasting: {
        type: "boolean",
        default: false,
        description: "Whether the reading was taken after at least 8 hours of fasting. Default false.",
      },
    },
    required: ["value", "from_unit"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      mg_dl: { type: "integer" },
      mmol_l: { type: "number" },
      fasting_category: {
        type: ["string", "null"],
        enum: ["low (hypoglycaemia)", "normal", "prediabetes range", "diabetes range", null],
      },
    },
    required: ["mg_dl", "mmol_l", "fasting_category"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { value: 100, from_unit: "mg_dl" },
      result: { mg_dl: 100, mmol_l: 5.6, fasting_category: null },
    },
    {
      arguments: { value: 7.2, from_unit: "mmol_l", fasting: true },
      result: { mg_dl: 130, mmol_l: 7.2, fasting_category: "diabetes range" },
    },
  ],
  invalidExamples: [
    { arguments: { value: 5.5, from_unit: "mg/dl" }, error: "$.from_unit must be one of" },
    { arguments: { value: 0, from_unit: "mmol_l" }, error: "$.value must be > 0" },
  ],
  run: ({ value, from_unit, fasting = false }) => {
    const mgDl = from_unit === "mg_dl" ? value : value * factor;
    return {
      mg_dl: Math.round(mgDl),
      mmol_l: roundTo(mgDl / factor, 1),
      fasting_category: fasting ? fastingCategory(mgDl) : null,
    };
  },
});
