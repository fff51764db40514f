import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { findDuplicate } from "../shared/find-duplicate.js";
import { roundTo } from "../shared/round-to.js";

/** 100-year global warming potentials from the IPCC Fifth (AR5) and Sixth (AR6) Assessment Reports. */
const gwp100: Record<string, { ar5: number; ar6: number }> = {
  co2: { ar5: 1, ar6: 1 },
  ch4: { ar5: 28, ar6: 27.9 },
  ch4_fossil: { ar5: 30, ar6: 29.8 },
  n2o: { ar5: 265, ar6: 273 },
  hfc_134a: { ar5: 1300, ar6: 1530 },
  cf4: { ar5: 6630, ar6: 7380 },
  sf6: { ar5: 23500, ar6: 25200 },
  nf3: { ar5: 16100, ar6: 17400 },
};

interface Emission {
  gas: string;
  kg: number;
}

/** CO2-equivalent of a mix of greenhouse gases. */
export const convertGreenhouseGasToCo2e = defineTool<{
  emissions: Emission[];
  assessment_report?: "ar5" | "ar6";
}>({
  name: "convert_greenhouse_gas_to_co2e",
  description:
    "Convert emissions of greenhouse gases (methane, nitrous oxide, SF6, refrigerants, ...) to CO2-equivalent using the IPCC 100-year global warming potentials of AR5 or AR6. Returns each gas's GWP and CO2e and the total in kg and tonnes (kg to 2 decimals, tonnes to 4).",
  category: "Environment",
  parameters: {
    type: "object",
    properties: {
      emissions: {
        type: "array",
        minItems: 1,
        maxItems: 20,
        description: "Masses of gas emitted; each gas at most once.",
        items: {
          type: "object",
          properties: {
            gas: {
              type: "string",
              enum: Object.keys(gwp100),
              description: "Gas; ch4_fossil is methane of fossil origin.",
            },
            kg: { type: "number", minimum: 0, description: "Mass emitted in kg." },
          },
          required: ["gas", "kg"],
          additionalProperties: false,
        },
      },
      assessment_report: {
        type: "string",
        enum: ["ar5", "ar6"],
        default: "ar6",
        description: "Which IPCC report's GWP100 values to use.",
      },
    },
    required: ["emissions"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      assessment_report: { type: "string" },
      breakdown: {
        type: "array",
        items: {
          type: "object",
          properties: {
            gas: { type: "string" },
            kg: { type: "number" },
            gwp100: { type: "number" },
            kg_co2e: { type: "number" },
          },
          required: ["gas", "kg", "gwp100", "kg_co2e"],
          additionalProperties: false,
        },
      },
      total_kg_co2e: { type: "number", minimum: 0 },
      total_tonnes_co2e: { type: "number", minimum: 0 },
    },
    required: ["assessment_report", "breakdown", "total_kg_co2e", "total_tonnes_co2e"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        emissions: [
          { gas: "ch4", kg: 100 },
          { gas: "n2o", kg: 2 },
        ],
      },
      result: {
        assessment_report: "ar6",
        breakdown: [
          { gas: "ch4", kg: 100, gwp100: 27.9, kg_co2e: 2790 },
          { gas: "n2o", kg: 2, gwp100: 273, kg_co2e: 546 },
        ],
        total_kg_co2e: 3336,
        total_tonnes_co2e: 3.336,
      },
    },
    {
      arguments: { emissions: [{ gas: "sf6", kg: 0.5 }], assessment_report: "ar5" },
      result: {
        assessment_report: "ar5",
        breakdown: [{ gas: "sf6", kg: 0.5, gwp100: 23500, kg_co2e: 11750 }],
        total_kg_co2e: 11750,
        total_tonnes_co2e: 11.75,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        emissions: [
          { gas: "n2o", kg: 1 },
          { gas: "n2o", kg: 3 },
        ],
      },
      error: "gas 'n2o' appears twice",
    },
    { arguments: { emissions: [{ gas: "h2o", kg: 1 }] }, error: "$.emissions[0].gas must be one of" },
  ],
  run: ({ emissions, assessment_report = "ar6" }) => {
    const repeated = findDuplicate(emissions, (emission) => emission.gas);
    if (repeated !== undefined) {
      throw new ToolArgumentError({
        message: `gas '${repeated.gas}' appears twice: give each gas once with its total mass`,
        argument: "emissions",
      });
    }
    const breakdown = emissions.map(({ gas, kg }) => {
      const factor = gwp100[gas]?.[assessment_report] ?? 1;
      return { gas, kg, gwp100: factor, kg_co2e: roundTo(kg * factor, 2) };
    });
    const total = breakdown.reduce((sum, entry) => sum + entry.kg_co2e, 0);
    return {
      assessment_report,
      breakdown,
      total_kg_co2e: roundTo(total, 2),
      total_tonnes_co2e: Math.round(total * 10) / 10000,
    };
  },
});
