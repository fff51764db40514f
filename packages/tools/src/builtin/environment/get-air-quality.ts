import type { JsonSchema } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { airQualityIndex, pollutants } from "./aqi.js";
import { cityAir } from "./data/city-air.js";

const reading: JsonSchema = {
  type: "object",
  properties: {
    concentration: { type: "number", minimum: 0 },
    unit: { type: "string" },
    aqi: { type: "integer", minimum: 0, maximum: 500 },
  },
  required: ["concentration", "unit", "aqi"],
  additionalProperties: false,
};

/** Daily air quality readings for a city. */
export const getAirQuality = defineTool<{ city: string; date: string }>({
  name: "get_air_quality",
  description:
    "Get the daily air quality of a major city on a date: 24-hour PM2.5 and PM10, 8-hour ozone, each with its US EPA AQI, plus the overall AQI (the highest), its category and the dominant pollutant.",
  category: "Environment",
  parameters: {
    type: "object",
    properties: {
      city: {
        type: "string",
        minLength: 2,
        maxLength: 60,
        description: "City name in English, e.g. 'Delhi', 'São Paulo' (case-insensitive).",
      },
      date: { type: "string", format: "date", description: "Day of the readings (YYYY-MM-DD)." },
    },
    required: ["city", "date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      city: { type: "string" },
      country: { type: "string" },
      date: { type: "string", format: "date" },
      pm25: reading,
      pm10: reading,
      o3_8h: reading,
      overall_aqi: { type: "integer", minimum: 0, maximum: 500 },
      category: { type: "string" },
      dominant_pollutant: { type: "string", enum: ["pm25", "pm10", "o3_8h"] },
    },
    required: [
      "city",
      "country",
      "date",
      "pm25",
      "pm10",
      "o3_8h",
      "overall_aqi",
      "category",
      "dominant_pollutant",
    ],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "24 major cities (Delhi, Beijing, Cairo, London, New York, São Paulo, Sydney, ...); daily readings synthesised around each city's approximate annual mean PM2.5, deterministic for the same city, date and seed.",
  },
  examples: [
    {
      arguments: { city: "London", date: "2024-06-12" },
      result: {
        city: "London",
        country: "GB",
        date: "2024-06-12",
        pm25: { concentration: 10.1, unit: "µg/m³", aqi: 53 },
        pm10: { concentration: 17, unit: "µg/m³", aqi: 16 },
        o3_8h: { concentration: 0.043, unit: "ppm", aqi: 40 },
        overall_aqi: 53,
        category: "Moderate",
        dominant_pollutant: "pm25",
      },
    },
    {
      arguments: { city: "delhi", date: "2024-11-05" },
      result: {
        city: "Delhi",
        country: "IN",
        date: "2024-11-05",
        pm25: { concentration: 81.9, unit: "µg/m³", aqi: 170 },
        pm10: { concentration: 127, unit: "µg/m³", aqi: 87 },
        o3_8h: { concentration: 0.032, unit: "ppm", aqi: 30 },
        overall_aqi: 170,
        category: "Unhealthy",
        dominant_pollutant: "pm25",
      },
    },
  ],
  invalidExamples: [
    { arguments: { city: "Atlantis", date: "2024-06-12" }, error: "no air quality data for 'Atlantis'" },
    { arguments: { city: "London", date: "yesterday" }, error: '$.date must match format "date"' },
  ],
  run: ({ city, date }, { randomFor }) => {
    const name = Object.keys(cityAir).find((known) => known.toLowerCase() === city.trim().toLowerCase());
    const entry = name === undefined ? undefined : cityAir[name];
    if (name === undefined || entry === undefined) {
      throw new ToolArgumentError({
        message: `no air quality data for '${city}'; covered cities include ${Object.keys(cityAir).slice(0, 8).join(", ")}`,
        argument: "city",
      });
    }
    const random = randomFor(name, date);
    const southern = ["AU", "BR", "ZA"].includes(entry.country);
    const month = ((Number(date.slice(5, 7)) + (southern ? 5 : -1)) % 12) + 1;
    const season = month <= 2 || month >= 11 ? 1.35 : month >= 5 && month <= 8 ? 0.8 : 1;
    const pm25 = Math.min(320, roundTo(entry.pm25_annual * season * (0.55 + random.next() * 0.9), 1));
    const pm10 = Math.min(600, Math.round(pm25 * (1.5 + random.next() * 0.6)));
    const o3 = roundTo(0.025 + random.next() * (month >= 5 && month <= 8 ? 0.045 : 0.025), 3);
    const values = { pm25, pm10, o3_8h: o3 } as const;
    const readings = Object.fromEntries(
      Object.entries(values).map(([key, value]) => {
        const pollutant = pollutants[key];
        const aqi = pollutant === undefined ? undefined : airQualityIndex(pollutant, value);
        return [
          key,
          {
            concentration: value,
            unit: pollutant?.unit ?? "",
            aqi: aqi?.aqi ?? 500,
            category: aqi?.category ?? "Hazardous",
          },
        ];
      }),
    );
    const dominant = (["pm25", "pm10", "o3_8h"] as const).reduce((best, key) =>
      (readings[key]?.aqi ?? 0) > (readings[best]?.aqi ?? 0) ? key : best,
    );
    const top = readings[dominant];
    const strip = (key: string) => {
      const { category: _, ...rest } = readings[key] ?? { concentration: 0, unit: "", aqi: 0, category: "" };
      return rest;
    };
    return {
      city: name,
      country: entry.country,
      date,
      pm25: strip("pm25"),
      pm10: strip("pm10"),
      o3_8h: strip("o3_8h"),
      overall_aqi: top?.aqi ?? 0,
      category: top?.category ?? "Good",
      dominant_pollutant: dominant,
    };
  },
});
