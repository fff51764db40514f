import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Orbital period from Kepler's third law. */
export const calculateOrbitalPeriod = defineTool<{ semi_major_axis_au: number; central_mass_solar?: number }>(
  {
    name: "calculate_orbital_period",
    description:
      "Calculate the orbital period of a body around a star with Kepler's third law, T^2 = a^3 / M (T in years, a in AU, M in solar masses; the orbiting body's mass is neglected). Returns the period in years (4 decimals) and days (2 decimals) and the mean orbital speed in km/s (2 decimals).",
    category: "Science",
    parameters: {
      type: "object",
      properties: {
        semi_major_axis_au: {
          type: "number",
          exclusiveMinimum: 0,
          maximum: 100000,
          description: "Semi-major axis of the orbit in astronomical units (Earth = 1).",
        },
        central_mass_solar: {
          type: "number",
          exclusiveMinimum: 0,
          default: 1,
          description: "Mass of the central star in solar masses. Default 1 (the Sun).",
        },
      },
      required: ["semi_major_axis_au"],
      additionalProperties: false,
    },
    returns: {
      type: "object",
      properties: {
        period_years: { type: "number" },
        period_days: { type: "number" },
        mean_orbital_speed_km_s: { type: "number" },
      },
      required: ["period_years", "period_days", "mean_orbital_speed_km_s"],
      additionalProperties: false,
    },
    examples: [
      {
        arguments: { semi_major_axis_au: 1 },
        result: { period_years: 1, period_days: 365.25, mean_orbital_speed_km_s: 29.79 },
      },
      {
        arguments: { semi_major_axis_au: 5.203 },
        result: { period_years: 11.8681, period_days: 4334.82, mean_orbital_speed_km_s: 13.06 },
      },
      {
        arguments: { semi_major_axis_au: 4, central_mass_solar: 4 },
        result: { period_years: 4, period_days: 1461, mean_orbital_speed_km_s: 29.79 },
      },
    ],
    invalidExamples: [
      { arguments: { semi_major_axis_au: -1 }, error: "$.semi_major_axis_au must be > 0" },
      {
        arguments: { semi_major_axis_au: 1, central_mass_solar: 0 },
        error: "$.central_mass_solar must be > 0",
      },
    ],
    run: ({ semi_major_axis_au: a, central_mass_solar: mass = 1 }) => {
      const years = Math.sqrt((a * a * a) / mass);
      const circumferenceKm = 2 * Math.PI * a * 149597870.7;
      const seconds = years * 365.25 * 86400;
      return {
        period_years: roundTo(years, 4),
        period_days: roundTo(years * 365.25, 2),
        mean_orbital_speed_km_s: roundTo(circumferenceKm / seconds, 2),
      };
    },
  },
);
