import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { airports } from "./data/airports.js";
import { distanceKm } from "./geo.js";

const reach = 700;

function coordinate(text: string, argument: string, limit: number): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw new ToolArgumentError({
      message: `${argument} must be a decimal number of degrees from -${limit} to ${limit}; got '${text}'`,
      argument,
    });
  }
  return value;
}

/** The time zone at a coordinate (BFCL's `get_time_zone_by_coord`). */
export const getTimeZoneByCoord = defineTool<{ long: string; lat: string }>({
  name: "get_time_zone_by_coord",
  description: `Finds the time zone of a coordinate: the IANA zone of the nearest of 50 major airports when one lies within ${reach} km, otherwise the nautical zone Etc/GMT±N of the longitude (15 degrees per hour).`,
  category: "Travel",
  simulated: {
    covers: `the IANA time zones of 50 major airports on six continents, used within ${reach} km of them; elsewhere the nautical time zone of the longitude (so borders are approximate)`,
  },
  parameters: {
    type: "object",
    properties: {
      long: {
        type: "string",
        description: "The longitude of the coordinate, in decimal degrees as text, e.g. '-73.93'.",
      },
      lat: {
        type: "string",
        description: "The latitude of the coordinate, in decimal degrees as text, e.g. '40.73'.",
      },
    },
    required: ["long", "lat"],
    additionalProperties: false,
  },
  returns: { type: "string", minLength: 1 },
  examples: [
    { arguments: { long: "-73.935242", lat: "40.730610" }, result: "America/New_York" },
    { arguments: { long: "123.45", lat: "-67.89" }, result: "Etc/GMT-8" },
    { arguments: { long: "-150", lat: "0" }, result: "Etc/GMT+10" },
  ],
  invalidExamples: [
    {
      arguments: { long: "200", lat: "10" },
      error: "long must be a decimal number of degrees from -180 to 180",
    },
    { arguments: { long: "10", lat: "north" }, error: "lat must be a decimal number" },
  ],
  run: ({ long, lat }) => {
    const longitude = coordinate(long, "long", 180);
    const latitude = coordinate(lat, "lat", 90);
    let best: { zone: string; km: number } | undefined;
    for (const airport of airports) {
      const km = distanceKm(latitude, longitude, airport.latitude, airport.longitude);
      if (km <= reach && (best === undefined || km < best.km)) {
        best = { zone: airport.timezone, km };
      }
    }
    if (best !== undefined) {
      return best.zone;
    }
    const hours = Math.round(longitude / 15) || 0;
    return hours === 0 ? "Etc/GMT" : `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
  },
});
