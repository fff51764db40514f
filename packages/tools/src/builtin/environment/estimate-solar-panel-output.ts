import { defineTool } from "../define-tool.js";
import { percentage } from "../shared/percentage.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  system_size_kw: number;
  peak_sun_hours: number;
  system_losses_percent?: number;
  electricity_price_per_kwh?: number;
}

/** Energy a PV system produces. */
export const estimateSolarPanelOutput = defineTool<Args>({
  name: "estimate_solar_panel_output",
  description:
    "Estimate the energy produced by a photovoltaic system from its DC size, the site's average peak sun hours per day and its losses (inverter, wiring, soiling, temperature). Returns daily, monthly (30.42-day) and annual kWh rounded to 1 decimal, and the annual saving when an electricity price is given.",
  category: "Environment",
  parameters: {
    type: "object",
    properties: {
      system_size_kw: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 1000,
        description: "Rated DC power of the panels in kW (e.g. 10 panels x 400 W = 4).",
      },
      peak_sun_hours: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 12,
        description: "Average daily peak sun hours (kWh/m²/day of irradiance) at the site.",
      },
      system_losses_percent: {
        type: "number",
        minimum: 0,
        maximum: 50,
        default: 14,
        description: "Total system losses in percent (14 is the NREL PVWatts default).",
      },
      electricity_price_per_kwh: {
        type: "number",
        minimum: 0,
        maximum: 5,
        description: "Price of grid electricity per kWh, to value the production.",
      },
    },
    required: ["system_size_kw", "peak_sun_hours"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      daily_kwh: { type: "number" },
      monthly_kwh: { type: "number" },
      annual_kwh: { type: "number" },
      capacity_factor_percent: { type: "number" },
      annual_savings: { type: ["number", "null"] },
    },
    required: ["daily_kwh", "monthly_kwh", "annual_kwh", "capacity_factor_percent", "annual_savings"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { system_size_kw: 5, peak_sun_hours: 4.5 },
      result: {
        daily_kwh: 19.4,
        monthly_kwh: 588.6,
        annual_kwh: 7062.8,
        capacity_factor_percent: 16.13,
        annual_savings: null,
      },
    },
    {
      arguments: {
        system_size_kw: 8,
        peak_sun_hours: 5.5,
        system_losses_percent: 10,
        electricity_price_per_kwh: 0.16,
      },
      result: {
        daily_kwh: 39.6,
        monthly_kwh: 1204.6,
        annual_kwh: 14454,
        capacity_factor_percent: 20.63,
        annual_savings: 2312.64,
      },
    },
  ],
  invalidExamples: [
    { arguments: { system_size_kw: 5, peak_sun_hours: 14 }, error: "$.peak_sun_hours must be <= 12" },
    { arguments: { peak_sun_hours: 4 }, error: "missing required argument 'system_size_kw'" },
  ],
  run: ({ system_size_kw, peak_sun_hours, system_losses_percent = 14, electricity_price_per_kwh }) => {
    const daily = system_size_kw * peak_sun_hours * (1 - system_losses_percent / 100);
    const annual = daily * 365;
    return {
      daily_kwh: roundTo(daily, 1),
      monthly_kwh: roundTo(daily * 30.42, 1),
      annual_kwh: roundTo(annual, 1),
      capacity_factor_percent: percentage(daily, system_size_kw * 24),
      annual_savings:
        electricity_price_per_kwh === undefined ? null : roundTo(annual * electricity_price_per_kwh, 2),
    };
  },
});
