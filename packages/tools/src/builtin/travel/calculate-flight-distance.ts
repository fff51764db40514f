import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { airportCode, bearingDegrees, blockMinutes, distanceKm, findAirport } from "./geo.js";

/** Great-circle distance between two airports. */
export const calculateFlightDistance = defineTool<{ origin: string; destination: string }>({
  name: "calculate_flight_distance",
  description:
    "Calculate the great-circle distance between two airports given by IATA code. Returns the distance in kilometres, statute miles and nautical miles (rounded to whole units), the initial compass bearing and a typical non-stop flight time in minutes.",
  category: "Travel",
  simulated: {
    covers:
      "the 50 airports of get_airport_info; distances are computed with the haversine formula, flight times estimated as 30 minutes plus cruising at 800 km/h",
  },
  parameters: {
    type: "object",
    properties: {
      origin: airportCode("Departure airport IATA code, e.g. JFK."),
      destination: airportCode("Arrival airport IATA code, e.g. LHR."),
    },
    required: ["origin", "destination"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      origin: { type: "string" },
      destination: { type: "string" },
      distance_km: { type: "integer" },
      distance_mi: { type: "integer" },
      distance_nm: { type: "integer" },
      initial_bearing_degrees: { type: "number", minimum: 0, maximum: 360 },
      estimated_flight_minutes: { type: "integer" },
    },
    required: [
      "origin",
      "destination",
      "distance_km",
      "distance_mi",
      "distance_nm",
      "initial_bearing_degrees",
      "estimated_flight_minutes",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { origin: "JFK", destination: "LHR" },
      result: {
        origin: "JFK",
        destination: "LHR",
        distance_km: 5540,
        distance_mi: 3442,
        distance_nm: 2991,
        initial_bearing_degrees: 51.4,
        estimated_flight_minutes: 446,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { origin: "JFK", destination: "JFK" },
      error: "origin and destination must be different airports",
    },
    { arguments: { origin: "JFK", destination: "ZZZ" }, error: "unknown airport code 'ZZZ' for destination" },
  ],
  run: ({ origin, destination }) => {
    const from = findAirport(origin, "origin");
    const to = findAirport(destination, "destination");
    if (from.iata === to.iata) {
      throw new ToolArgumentError({
        message: "origin and destination must be different airports",
        argument: "destination",
      });
    }
    const km = distanceKm(from.latitude, from.longitude, to.latitude, to.longitude);
    return {
      origin,
      destination,
      distance_km: Math.round(km),
      distance_mi: Math.round(km / 1.609344),
      distance_nm: Math.round(km / 1.852),
      initial_bearing_degrees: roundTo(
        bearingDegrees(from.latitude, from.longitude, to.latitude, to.longitude),
        1,
      ),
      estimated_flight_minutes: blockMinutes(km),
    };
  },
});
