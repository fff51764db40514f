import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { type Cabin, makeOffers, type Offer } from "./flight-offers.js";
import { airportCode, findAirport } from "./geo.js";

/** Flight offers between two airports on a date. */
export const searchFlights = defineTool<{
  origin: string;
  destination: string;
  departure_date: string;
  passengers?: number;
  cabin?: Cabin;
  max_stops?: number;
  sort_by?: "price" | "duration" | "departure";
  max_results?: number;
}>({
  name: "search_flights",
  description:
    "Search one-way flight offers between two airports on a date for a number of passengers and a cabin class. Returns the best offers (up to max_results) with airline, flight numbers, connection airports, local departure and arrival times (with UTC offsets), total duration in minutes and prices in USD (per passenger and total).",
  category: "Travel",
  simulated: {
    covers:
      "the 50 airports and 25 airlines of get_airport_info and get_airline_info; schedules and fares are synthesised from great-circle distance, cabin and connections (routes over 15,500 km always connect, so max_stops 0 returns no offers for them); the day's flights are deterministic for the same route, date and seed, and passengers, cabin, max_stops, sort_by and max_results only price, filter and order them",
  },
  parameters: {
    type: "object",
    properties: {
      origin: airportCode("Departure airport IATA code, e.g. SFO."),
      destination: airportCode("Arrival airport IATA code, e.g. NRT."),
      departure_date: {
        type: "string",
        format: "date",
        description: "Departure date in the origin's local time (YYYY-MM-DD).",
      },
      passengers: {
        type: "integer",
        minimum: 1,
        maximum: 9,
        default: 1,
        description: "Number of passengers.",
      },
      cabin: {
        type: "string",
        enum: ["economy", "premium_economy", "business", "first"],
        default: "economy",
        description: "Cabin class.",
      },
      max_stops: {
        type: "integer",
        minimum: 0,
        maximum: 1,
        default: 1,
        description: "Maximum number of connections (0 = non-stop only).",
      },
      sort_by: {
        type: "string",
        enum: ["price", "duration", "departure"],
        default: "price",
        description: "Order of the offers.",
      },
      max_results: {
        type: "integer",
        minimum: 1,
        maximum: 8,
        default: 5,
        description: "Maximum number of offers to return.",
      },
    },
    required: ["origin", "destination", "departure_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      currency: { type: "string", const: "USD" },
      offers: {
        type: "array",
        items: {
          type: "object",
          properties: {
            airline: { type: "string" },
            flight_numbers: { type: "array", items: { type: "string" }, minItems: 1 },
            stops: { type: "integer", minimum: 0 },
            via: { type: "array", items: { type: "string" } },
            departure_time: { type: "string", format: "date-time" },
            arrival_time: { type: "string", format: "date-time" },
            duration_minutes: { type: "integer" },
            price_per_passenger: { type: "number" },
            total_price: { type: "number" },
            seats_left: { type: "integer", minimum: 1 },
          },
          required: [
            "airline",
            "flight_numbers",
            "stops",
            "via",
            "departure_time",
            "arrival_time",
            "duration_minutes",
            "price_per_passenger",
            "total_price",
            "seats_left",
          ],
          additionalProperties: false,
        },
      },
    },
    required: ["currency", "offers"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        origin: "SFO",
        destination: "NRT",
        departure_date: "2024-09-10",
        passengers: 2,
        max_results: 2,
      },
      result: {
        currency: "USD",
        offers: [
          {
            airline: "United Airlines",
            flight_numbers: ["UA2416"],
            stops: 0,
            via: [],
            departure_time: "2024-09-10T12:10:00-07:00",
            arrival_time: "2024-09-11T14:57:00+09:00",
            duration_minutes: 647,
            price_per_passenger: 791.37,
            total_price: 1582.74,
            seats_left: 7,
          },
          {
            airline: "Japan Airlines",
            flight_numbers: ["JL1413"],
            stops: 0,
            via: [],
            departure_time: "2024-09-10T08:35:00-07:00",
            arrival_time: "2024-09-11T11:22:00+09:00",
            duration_minutes: 647,
            price_per_passenger: 906.33,
            total_price: 1812.66,
            seats_left: 8,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { origin: "SFO", destination: "SFO", departure_date: "2024-09-10" },
      error: "origin and destination must be different airports",
    },
    {
      arguments: { origin: "SFO", destination: "NRT", departure_date: "2024-09-10", cabin: "coach" },
      error: "$.cabin must be one of",
    },
    {
      arguments: { origin: "SFX", destination: "NRT", departure_date: "2024-09-10" },
      error: "unknown airport code 'SFX'",
    },
  ],
  run: (
    {
      origin,
      destination,
      departure_date,
      passengers = 1,
      cabin = "economy",
      max_stops = 1,
      sort_by = "price",
      max_results = 5,
    },
    { randomFor },
  ) => {
    const from = findAirport(origin, "origin");
    const to = findAirport(destination, "destination");
    if (from.iata === to.iata) {
      throw new ToolArgumentError({
        message: "origin and destination must be different airports",
        argument: "destination",
      });
    }
    const offers = makeOffers(
      { from, to, departure_date, passengers, cabin, max_stops },
      randomFor(from.iata, to.iata, departure_date),
    );
    const key = (offer: Offer) =>
      sort_by === "price"
        ? offer.total_price
        : sort_by === "duration"
          ? offer.duration_minutes
          : Date.parse(offer.departure_time);
    return { currency: "USD", offers: offers.sort((a, b) => key(a) - key(b)).slice(0, max_results) };
  },
});
