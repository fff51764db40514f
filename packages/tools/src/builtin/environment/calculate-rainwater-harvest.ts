import { defineTool } from "../define-tool.js";

/** Rainwater a roof can collect. */
export const calculateRainwaterHarvest = defineTool<{
  roof_area_m2: number;
  rainfall_mm: number;
  runoff_coefficient?: number;
  tank_capacity_litres?: number;
}>({
  name: "calculate_rainwater_harvest",
  description:
    "Compute the rainwater a roof can collect from its plan area and a rainfall depth (1 mm on 1 m² is 1 litre), reduced by a runoff coefficient for the roof material and first-flush losses. Returns the litres collected (whole litres), and when a tank size is given, how much is stored and how much overflows.",
  category: "Environment",
  parameters: {
    type: "object",
    properties: {
      roof_area_m2: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100000,
        description: "Roof area in square metres, measured in plan (horizontal projection).",
      },
      rainfall_mm: {
        type: "number",
        minimum: 0,
        maximum: 15000,
        description: "Rainfall depth in millimetres over the period (a storm, a month, a year).",
      },
      runoff_coefficient: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 1,
        default: 0.8,
        description:
          "Fraction of rain that reaches the tank: about 0.9 for metal, 0.8 for tiles, 0.5 for green roofs.",
      },
      tank_capacity_litres: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Storage tank size in litres, starting empty.",
      },
    },
    required: ["roof_area_m2", "rainfall_mm"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      collected_litres: { type: "integer", minimum: 0 },
      collected_cubic_metres: { type: "number", minimum: 0 },
      stored_litres: { type: ["integer", "null"], minimum: 0 },
      overflow_litres: { type: ["integer", "null"], minimum: 0 },
    },
    required: ["collected_litres", "collected_cubic_metres", "stored_litres", "overflow_litres"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { roof_area_m2: 120, rainfall_mm: 25 },
      result: {
        collected_litres: 2400,
        collected_cubic_metres: 2.4,
        stored_litres: null,
        overflow_litres: null,
      },
    },
    {
      arguments: { roof_area_m2: 80, rainfall_mm: 40, runoff_coefficient: 0.9, tank_capacity_litres: 2000 },
      result: {
        collected_litres: 2880,
        collected_cubic_metres: 2.88,
        stored_litres: 2000,
        overflow_litres: 880,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { roof_area_m2: 100, rainfall_mm: 10, runoff_coefficient: 1.2 },
      error: "$.runoff_coefficient must be <= 1",
    },
    { arguments: { roof_area_m2: 0, rainfall_mm: 10 }, error: "$.roof_area_m2 must be > 0" },
  ],
  run: ({ roof_area_m2, rainfall_mm, runoff_coefficient = 0.8, tank_capacity_litres }) => {
    const collected = Math.round(roof_area_m2 * rainfall_mm * runoff_coefficient);
    const stored =
      tank_capacity_litres === undefined ? null : Math.round(Math.min(collected, tank_capacity_litres));
    return {
      collected_litres: collected,
      collected_cubic_metres: Math.round(collected / 10) / 100,
      stored_litres: stored,
      overflow_litres: stored === null ? null : collected - stored,
    };
  },
});
