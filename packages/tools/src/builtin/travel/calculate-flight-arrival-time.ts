import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { daysBetween } from "../shared/days-between.js";
import { formatZonedDateTime } from "../shared/format-zoned-date-time.js";
import { localDateTimePattern } from "../shared/local-date-time-pattern.js";
import { zonedToUtc } from "../shared/zoned-to-utc.js";
import { airportCode, findAirport } from "./geo.js";

/** Local arrival time of a flight. */
export const calculateFlightArrivalTime = defineTool<{
  origin: string;
  destination: string;
  departure_local: string;
  duration_minutes: number;
}>({
  name: "calculate_flight_arrival_time",
  description:
    "Calculate the local arrival time of a flight from its local departure time at the origin airport and its duration, crossing time zones and daylight saving changes correctly. Returns departure and arrival with UTC offsets and how many calendar days later (or earlier) it lands, in local dates.",
  category: "Travel",
  simulated: {
    covers:
      "the 50 airports of get_airport_info and their IANA time zones; the time arithmetic itself is exact",
  },
  parameters: {
    type: "object",
    properties: {
      origin: airportCode("Departure airport IATA code."),
      destination: airportCode("Arrival airport IATA code."),
      departure_local: {
        type: "string",
        pattern: localDateTimePattern,
        description: "Local departure time at the origin, e.g. 2024-06-01T22:15.",
      },
      duration_minutes: {
        type: "integer",
        minimum: 10,
        maximum: 1440,
        description: "Flight duration in minutes.",
      },
    },
    required: ["origin", "destination", "departure_local", "duration_minutes"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      departure: { type: "string", format: "date-time" },
      arrival: { type: "string", format: "date-time" },
      day_offset: { type: "integer", description: "Arrival local date minus departure local date, in days." },
    },
    required: ["departure", "arrival", "day_offset"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        origin: "LAX",
        destination: "SYD",
        departure_local: "2024-06-01T22:15",
        duration_minutes: 905,
      },
      result: { departure: "2024-06-01T22:15:00-07:00", arrival: "2024-06-03T06:20:00+10:00", day_offset: 2 },
    },
    {
      arguments: {
        origin: "HND",
        destination: "HNL",
        departure_local: "2024-02-01T21:00",
        duration_minutes: 450,
      },
      result: { departure: "2024-02-01T21:00:00+09:00", arrival: "2024-02-01T09:30:00-10:00", day_offset: 0 },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        origin: "LAX",
        destination: "LAX",
        departure_local: "2024-06-01T22:15",
        duration_minutes: 60,
      },
      error: "origin and destination must be different airports",
    },
    {
      arguments: {
        origin: "LAX",
        destination: "SYD",
        departure_local: "2024-06-01T22:15",
        duration_minutes: 2000,
      },
      error: "$.duration_minutes must be <= 1440",
    },
  ],
  run: ({ origin, destination, departure_local, duration_minutes }) => {
    const from = findAirport(origin, "origin");
    const to = findAirport(destination, "destination");
    if (from.iata === to.iata) {
      throw new ToolArgumentError({
        message: "origin and destination must be different airports",
        argument: "destination",
      });
    }
    const departure = zonedToUtc(departure_local, from.timezone);
    const departureText = formatZonedDateTime(departure, from.timezone);
    const arrivalText = formatZonedDateTime(departure + duration_minutes * 60000, to.timezone);
    return {
      departure: departureText,
      arrival: arrivalText,
      day_offset: daysBetween(departureText.slice(0, 10), arrivalText.slice(0, 10)),
    };
  },
});
