import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { airQualityIndex, pollutants } from "./aqi.js";

/** US AQI of one pollutant concentration. */
export const calculateAirQualityIndex = defineTool<{ pollutant: string; concentration: number }>({
  name: "calculate_air_quality_index",
  description:
    "Convert a pollutant concentration to the US EPA Air Quality Index (AQI) using the official breakpoints (PM2.5 as revised in 2024) and truncation rules. Returns the AQI (0-500), its category, health advice and the truncated concentration used.",
  category: "Environment",
  parameters: {
    type: "object",
    properties: {
      pollutant: {
        type: "string",
        enum: Object.keys(pollutants),
        description:
          "pm25 and pm10 in µg/m³ (24-hour mean), o3_8h and co_8h in ppm (8-hour mean), no2_1h and so2_1h in ppb (1-hour mean).",
      },
      concentration: {
        type: "number",
        minimum: 0,
        description: "Measured concentration in the pollutant's unit.",
      },
    },
    required: ["pollutant", "concentration"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      pollutant: { type: "string" },
      unit: { type: "string" },
      concentration_used: { type: "number" },
      aqi: { type: "integer", minimum: 0, maximum: 500 },
      category: {
        type: "string",
        enum: [
          "Good",
          "Moderate",
          "Unhealthy for Sensitive Groups",
          "Unhealthy",
          "Very Unhealthy",
          "Hazardous",
        ],
      },
      health_advice: { type: "string" },
    },
    required: ["pollutant", "unit", "concentration_used", "aqi", "category", "health_advice"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { pollutant: "pm25", concentration: 35.47 },
      result: {
        pollutant: "pm25",
        unit: "µg/m³",
        concentration_used: 35.4,
        aqi: 100,
        category: "Moderate",
        health_advice: "Unusually sensitive people should consider reducing prolonged outdoor exertion.",
      },
    },
    {
      arguments: { pollutant: "pm10", concentration: 80 },
      result: {
        pollutant: "pm10",
        unit: "µg/m³",
        concentration_used: 80,
        aqi: 63,
        category: "Moderate",
        health_advice: "Unusually sensitive people should consider reducing prolonged outdoor exertion.",
      },
    },
    {
      arguments: { pollutant: "o3_8h", concentration: 0.0789 },
      result: {
        pollutant: "o3_8h",
        unit: "ppm",
        concentration_used: 0.078,
        aqi: 126,
        category: "Unhealthy for Sensitive Groups",
        health_advice:
          "People with heart or lung disease, older adults and children should reduce prolonged outdoor exertion.",
      },
    },
  ],
  invalidExamples: [
    { arguments: { pollutant: "pm25", concentration: 400 }, error: "above the top of the AQI scale" },
    { arguments: { pollutant: "radon", concentration: 4 }, error: "$.pollutant must be one of" },
  ],
  run: ({ pollutant, concentration }) => {
    const entry = pollutants[pollutant] ?? pollutants.pm25;
    const result = entry === undefined ? undefined : airQualityIndex(entry, concentration);
    if (entry === undefined || result === undefined) {
      const top = entry?.highs[entry.highs.length - 1];
      throw new ToolArgumentError({
        message: `${concentration} ${entry?.unit ?? ""} of ${entry?.label ?? pollutant} is above the top of the AQI scale (${top}); ${pollutant === "o3_8h" ? "use 1-hour ozone values above 0.200 ppm" : "the AQI is 'beyond the index'"}`,
        argument: "concentration",
      });
    }
    return {
      pollutant,
      unit: entry.unit,
      concentration_used: result.truncated,
      aqi: result.aqi,
      category: result.category,
      health_advice: result.advice,
    };
  },
});
