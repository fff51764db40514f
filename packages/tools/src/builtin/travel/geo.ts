import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { type AirportRecord, airports } from "./data/airports.js";

/** The airport with this IATA code, or a ToolArgumentError naming some known ones. */
export function findAirport(code: string, argument: string): AirportRecord {
  const found = airports.find((airport) => airport.iata === code);
  if (found === undefined) {
    throw new ToolArgumentError({
      message: `unknown airport code '${code}' for ${argument}; known IATA codes include JFK, LAX, LHR, CDG, FRA, DXB, SIN, HND, SYD, GRU`,
      argument,
    });
  }
  return found;
}

/** Great-circle distance in kilometres (haversine, mean Earth radius 6371 km). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial compass bearing from the first point to the second, in degrees 0-360. */
export function bearingDegrees(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const y = Math.sin((lon2 - lon1) * rad) * Math.cos(lat2 * rad);
  const x =
    Math.cos(lat1 * rad) * Math.sin(lat2 * rad) -
    Math.sin(lat1 * rad) * Math.cos(lat2 * rad) * Math.cos((lon2 - lon1) * rad);
  return (((Math.atan2(y, x) / rad) % 360) + 360) % 360;
}

/** Typical block time in minutes for a flight of this length: 30 minutes plus cruising at 800 km/h. */
export function blockMinutes(km: number): number {
  return Math.round(30 + (km / 800) * 60);
}

/** The JSON Schema of an IATA airport code parameter. */
export const airportCode = (description: string) =>
  ({ type: "string", pattern: "^[A-Z]{3}$", description }) as const;
