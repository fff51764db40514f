import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { airports } from "./data/airports.js";
import { distanceKm } from "./geo.js";

/** Airports closest to a point. */
export const findNearestAirports = defineTool<{
  latitude: number;
  longitude: number;
  limit?: number;
  max_distance_km?: number;
}>({
  name: "find_nearest_airports",
  description:
    "Find the major airports closest to a geographic point, nearest first. Returns each airport's IATA code, name, city, country and distance in kilometres (rounded to 1 decimal).",
  category: "Travel",
  simulated: {
    covers: "the 50 major airports of get_airport_info; smaller regional airports are not included",
  },
  parameters: {
    type: "object",
    properties: {
      latitude: {
        type: "number",
        minimum: -90,
        maximum: 90,
        description: "Latitude in decimal degrees, e.g. 48.8566.",
      },
      longitude: {
        type: "number",
        minimum: -180,
        maximum: 180,
        description: "Longitude in decimal degrees, e.g. 2.3522.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 10,
        default: 3,
        description: "How many airports to return.",
      },
      max_distance_km: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Only airports within this distance (no limit when omitted).",
      },
    },
    required: ["latitude", "longitude"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      airports: {
        type: "array",
        items: {
          type: "object",
          properties: {
            iata: { type: "string" },
            name: { type: "string" },
            city: { type: "string" },
            country: { type: "string" },
            distance_km: { type: "number" },
          },
          required: ["iata", "name", "city", "country", "distance_km"],
          additionalProperties: false,
        },
      },
    },
    required: ["airports"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { latitude: 48.8566, longitude: 2.3522, limit: 2 },
      result: {
        airports: [
          {
            iata: "CDG",
            name: "Paris Charles de Gaulle Airport",
            city: "Paris",
            country: "FR",
            distance_km: 22.2,
          },
          { iata: "LGW", name: "London Gatwick Airport", city: "London", country: "GB", distance_km: 313.1 },
        ],
      },
    },
    { arguments: { latitude: -75, longitude: 0, max_distance_km: 500 }, result: { airports: [] } },
  ],
  invalidExamples: [
    { arguments: { latitude: 95, longitude: 0 }, error: "$.latitude must be <= 90" },
    { arguments: { latitude: 10 }, error: "missing required argument 'longitude'" },
  ],
  run: ({ latitude, longitude, limit = 3, max_distance_km = Number.POSITIVE_INFINITY }) => ({
    airports: airports
      .map((airport) => ({
        airport,
        km: distanceKm(latitude, longitude, airport.latitude, airport.longitude),
      }))
      .filter(({ km }) => km <= max_distance_km)
      .sort((a, b) => a.km - b.km)
      .slice(0, limit)
      .map(({ airport, km }) => ({
        iata: airport.iata,
        name: airport.name,
        city: airport.city,
        country: airport.country,
        distance_km: roundTo(km, 1),
      })),
  }),
});
