import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Simulated current weather at a coordinate (BFCL's `get_weather_data`). */
export const getWeatherData = defineTool<{ coordinates: number[] }>({
  name: "get_weather_data",
  description:
    "Fetches the current weather for a latitude and longitude: temperature (°C), wind speed (km/h) and direction (degrees), relative humidity (%) and a WMO weather code, in the style of the Open-Meteo API.",
  category: "Environment",
  simulated: {
    covers:
      "any coordinate on Earth: plausible values (temperature falling with latitude, WMO codes 0-3, 45, 61, 71, 80), deterministic for the same coordinate (to 0.01 degree) and seed; not real observations",
  },
  parameters: {
    type: "object",
    properties: {
      coordinates: {
        type: "array",
        items: { type: "number" },
        minItems: 2,
        maxItems: 2,
        description: "The latitude and longitude of the location, [latitude, longitude] in decimal degrees.",
      },
    },
    required: ["coordinates"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      latitude: { type: "number" },
      longitude: { type: "number" },
      temperature: { type: "number" },
      windspeed: { type: "number", minimum: 0 },
      winddirection: { type: "integer", minimum: 0, maximum: 359 },
      relative_humidity: { type: "integer", minimum: 0, maximum: 100 },
      weathercode: { type: "integer", minimum: 0 },
    },
    required: [
      "latitude",
      "longitude",
      "temperature",
      "windspeed",
      "winddirection",
      "relative_humidity",
      "weathercode",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { coordinates: [51.5074, -0.1278] },
      result: {
        latitude: 51.51,
        longitude: -0.13,
        temperature: 3.7,
        windspeed: 17.3,
        winddirection: 123,
        relative_humidity: 85,
        weathercode: 2,
      },
    },
  ],
  invalidExamples: [
    { arguments: { coordinates: [95, 0] }, error: "latitude must be from -90 to 90" },
    { arguments: { coordinates: [45] }, error: "$.coordinates must NOT have fewer than 2 items" },
  ],
  run: ({ coordinates }, { randomFor }) => {
    const [latitude = 0, longitude = 0] = coordinates;
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      throw new ToolArgumentError({
        message: `latitude must be from -90 to 90 and longitude from -180 to 180; got [${latitude}, ${longitude}]`,
        argument: "coordinates",
      });
    }
    const [lat, lon] = [roundTo(latitude, 2), roundTo(longitude, 2)];
    const random = randomFor(lat, lon);
    const base = 29 - 0.5 * Math.abs(lat);
    return {
      latitude: lat,
      longitude: lon,
      temperature: roundTo(base + (random.next() - 0.5) * 12, 1),
      windspeed: roundTo(random.next() * 35, 1),
      winddirection: random.int(0, 359),
      relative_humidity: random.int(25, 95),
      weathercode: random.weighted([0, 1, 2, 3, 45, 61, 71, 80], [4, 3, 3, 3, 1, 2, base < 5 ? 2 : 0, 2]),
    };
  },
});
