import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { gridIntensity } from "./data/grid-intensity.js";

/** Emissions of electricity use on a national grid. */
export const calculateElectricityEmissions = defineTool<{
  kwh: number;
  country: string;
  renewable_share_percent?: number;
}>({
  name: "calculate_electricity_emissions",
  description:
    "Estimate the CO2e emissions of electricity consumption from the average carbon intensity of a country's grid (approximate 2023 values), optionally reduced by the share covered by a renewable tariff or own solar. Returns the intensity used and the emissions in kg (2 decimals).",
  category: "Environment",
  parameters: {
    type: "object",
    properties: {
      kwh: { type: "number", minimum: 0, description: "Electricity consumed in kWh." },
      country: {
        type: "string",
        enum: Object.keys(gridIntensity),
        description: "ISO 3166-1 alpha-2 code of the grid's country.",
      },
      renewable_share_percent: {
        type: "number",
        minimum: 0,
        maximum: 100,
        default: 0,
        description: "Share of the consumption covered by zero-carbon supply, in percent.",
      },
    },
    required: ["kwh", "country"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      country: { type: "string" },
      grid_intensity_g_per_kwh: { type: "number" },
      grid_kwh: { type: "number" },
      emissions_kg_co2e: { type: "number", minimum: 0 },
    },
    required: ["country", "grid_intensity_g_per_kwh", "grid_kwh", "emissions_kg_co2e"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { kwh: 3500, country: "DE" },
      result: { country: "Germany", grid_intensity_g_per_kwh: 380, grid_kwh: 3500, emissions_kg_co2e: 1330 },
    },
    {
      arguments: { kwh: 900, country: "FR", renewable_share_percent: 50 },
      result: { country: "France", grid_intensity_g_per_kwh: 56, grid_kwh: 450, emissions_kg_co2e: 25.2 },
    },
  ],
  invalidExamples: [
    { arguments: { kwh: 100, country: "Germany" }, error: "$.country must be one of" },
    {
      arguments: { kwh: 100, country: "DE", renewable_share_percent: 120 },
      error: "$.renewable_share_percent must be <= 100",
    },
  ],
  run: ({ kwh, country, renewable_share_percent = 0 }) => {
    const entry = gridIntensity[country] ?? { country, g_per_kwh: 0 };
    const gridKwh = roundTo(kwh * (1 - renewable_share_percent / 100), 3);
    return {
      country: entry.country,
      grid_intensity_g_per_kwh: entry.g_per_kwh,
      grid_kwh: gridKwh,
      emissions_kg_co2e: Math.round((gridKwh * entry.g_per_kwh) / 10) / 100,
    };
  },
});
