import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { formatZonedDateTime } from "../shared/format-zoned-date-time.js";
import { zeroPad } from "../shared/zero-pad.js";
import { zonedToUtc } from "../shared/zoned-to-utc.js";
import { airlines } from "./data/airlines.js";
import { airports } from "./data/airports.js";
import { blockMinutes, distanceKm, findAirport } from "./geo.js";

/** A stable number from text, so a flight number always flies the same route. */
function stableHash(text: string): number {
  let hash = 2166136261;
  for (const char of text) {
    hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  }
  return hash;
}

/** Operational status of a flight on a date. */
export const getFlightStatus = defineTool<{ flight_number: string; date: string }>({
  name: "get_flight_status",
  description:
    "Get the status of a flight by flight number (airline IATA designator + number, e.g. BA117) on a departure date. Returns the route, scheduled and estimated local departure and arrival times with UTC offsets, delay in minutes, terminal, gate and status (on_time, delayed or cancelled).",
  category: "Travel",
  simulated: {
    covers:
      "flights of the 25 airlines of get_airline_info from one of their hubs to one of the 50 known airports; each flight number keeps its route and schedule on every date, delays and cancellations are synthesised, deterministic for the same flight, date and seed",
  },
  parameters: {
    type: "object",
    properties: {
      flight_number: {
        type: "string",
        pattern: "^[A-Z0-9]{2}[0-9]{1,4}$",
        description: "Flight number, e.g. LH400 or B6123.",
      },
      date: {
        type: "string",
        format: "date",
        description: "Scheduled departure date, local to the origin (YYYY-MM-DD).",
      },
    },
    required: ["flight_number", "date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      flight_number: { type: "string" },
      airline: { type: "string" },
      origin: { type: "string" },
      destination: { type: "string" },
      status: { type: "string", enum: ["on_time", "delayed", "cancelled"] },
      scheduled_departure: { type: "string", format: "date-time" },
      scheduled_arrival: { type: "string", format: "date-time" },
      estimated_departure: { type: ["string", "null"], format: "date-time" },
      estimated_arrival: { type: ["string", "null"], format: "date-time" },
      delay_minutes: { type: "integer", minimum: 0 },
      terminal: { type: "string" },
      gate: { type: "string" },
    },
    required: [
      "flight_number",
      "airline",
      "origin",
      "destination",
      "status",
      "scheduled_departure",
      "scheduled_arrival",
      "estimated_departure",
      "estimated_arrival",
      "delay_minutes",
      "terminal",
      "gate",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { flight_number: "LH400", date: "2024-05-14" },
      result: {
        flight_number: "LH400",
        airline: "Lufthansa",
        origin: "MUC",
        destination: "SIN",
        status: "on_time",
        scheduled_departure: "2024-05-14T08:45:00+02:00",
        scheduled_arrival: "2024-05-15T03:49:00+08:00",
        estimated_departure: "2024-05-14T08:45:00+02:00",
        estimated_arrival: "2024-05-15T03:49:00+08:00",
        delay_minutes: 0,
        terminal: "2",
        gate: "D12",
      },
    },
  ],
  invalidExamples: [
    { arguments: { flight_number: "ZZ100", date: "2024-05-14" }, error: "unknown airline designator 'ZZ'" },
    {
      arguments: { flight_number: "LH-400", date: "2024-05-14" },
      error: "$.flight_number must match pattern",
    },
  ],
  run: ({ flight_number, date }, { randomFor }) => {
    const code = flight_number.slice(0, 2);
    const airline = airlines.find((candidate) => candidate.iata === code);
    if (airline === undefined) {
      throw new ToolArgumentError({
        message: `unknown airline designator '${code}'; known designators include AA, DL, UA, BA, LH, AF, KL, EK, QR, SQ`,
        argument: "flight_number",
      });
    }
    const hash = stableHash(flight_number);
    const from = findAirport(airline.hubs[hash % airline.hubs.length] ?? "", "flight_number");
    const others = airports.filter((airport) => airport.iata !== from.iata);
    const to = others[(hash >>> 8) % others.length] ?? from;
    const minutes = blockMinutes(distanceKm(from.latitude, from.longitude, to.latitude, to.longitude));
    const hour = zeroPad(6 + ((hash >>> 4) % 17));
    const minute = zeroPad(((hash >>> 12) % 12) * 5);
    const departure = zonedToUtc(`${date}T${hour}:${minute}`, from.timezone);
    const random = randomFor(flight_number, date);
    const roll = random.next();
    const status = roll < 0.04 ? "cancelled" : roll < 0.3 ? "delayed" : "on_time";
    const delay = status === "delayed" ? random.int(15, 180) : 0;
    const estimate = (ms: number, zone: string) =>
      status === "cancelled" ? null : formatZonedDateTime(ms + delay * 60000, zone);
    return {
      flight_number,
      airline: airline.name,
      origin: from.iata,
      destination: to.iata,
      status,
      scheduled_departure: formatZonedDateTime(departure, from.timezone),
      scheduled_arrival: formatZonedDateTime(departure + minutes * 60000, to.timezone),
      estimated_departure: estimate(departure, from.timezone),
      estimated_arrival: estimate(departure + minutes * 60000, to.timezone),
      delay_minutes: delay,
      terminal: String(1 + (hash % 3)),
      gate: `${"ABCDE"[(hash >>> 16) % 5] ?? "A"}${1 + ((hash >>> 20) % 40)}`,
    };
  },
});
