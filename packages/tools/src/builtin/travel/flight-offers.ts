import type { Random } from "@apigen/core";
import { formatZonedDateTime } from "../shared/format-zoned-date-time.js";
import { roundTo } from "../shared/round-to.js";
import { zeroPad } from "../shared/zero-pad.js";
import { zonedToUtc } from "../shared/zoned-to-utc.js";
import { airlines } from "./data/airlines.js";
import type { AirportRecord } from "./data/airports.js";
import { blockMinutes, distanceKm, findAirport } from "./geo.js";

/** One simulated flight offer. */
export type Offer = {
  airline: string;
  flight_numbers: string[];
  stops: number;
  via: string[];
  departure_time: string;
  arrival_time: string;
  duration_minutes: number;
  price_per_passenger: number;
  total_price: number;
  seats_left: number;
};

/** A cabin class. */
export type Cabin = "economy" | "premium_economy" | "business" | "first";
const cabinFactor: Record<Cabin, number> = { economy: 1, premium_economy: 1.6, business: 3.5, first: 6 };
const connectionHubs = [
  "DXB",
  "DOH",
  "IST",
  "FRA",
  "AMS",
  "LHR",
  "CDG",
  "ORD",
  "ATL",
  "DFW",
  "SIN",
  "HKG",
  "ICN",
];

/** What to search for. */
export interface OfferQuery {
  from: AirportRecord;
  to: AirportRecord;
  departure_date: string;
  passengers: number;
  cabin: Cabin;
  max_stops: number;
}

/**
 * Synthesises the day's 4 to 8 flights on a route (carriers with a hub at either end, non-stop or via the
 * best-placed hub) and returns those that fit the query. The flights themselves depend only on `random`: cabin
 * and passengers only price them, and max_stops and the seats left only filter them.
 */
export function makeOffers(
  { from, to, departure_date, passengers, cabin, max_stops }: OfferQuery,
  random: Random,
): Offer[] {
  const origin = from.iata;
  const destination = to.iata;
  const direct = distanceKm(from.latitude, from.longitude, to.latitude, to.longitude);
  const local = airlines.filter(
    (airline) => airline.hubs.includes(origin) || airline.hubs.includes(destination),
  );
  const carriers = local.length > 0 ? local : airlines;
  const offers: Offer[] = [];
  const count = random.int(4, 8);
  for (let index = 0; index < count; index++) {
    const airline = random.pick(carriers);
    const leg = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
      distanceKm(a.latitude, a.longitude, b.latitude, b.longitude);
    const usable = (codes: readonly string[]) =>
      codes
        .filter((code) => code !== origin && code !== destination)
        .map((code) => findAirport(code, "via"))
        .filter(
          (hub) => leg(from, hub) > 300 && leg(hub, to) > 300 && leg(from, hub) + leg(hub, to) < direct * 1.5,
        )
        .sort((a, b) => leg(from, a) + leg(a, to) - (leg(from, b) + leg(b, to)));
    // A carrier connects through its own hub when one lies on the way, otherwise through a partner hub.
    const own = usable(airline.hubs);
    const hub = own[0] ?? usable(connectionHubs)[0] ?? from;
    const servesEnd = airline.hubs.includes(origin) || airline.hubs.includes(destination);
    const nonStopChance = servesEnd ? 0.75 : direct < 9000 ? 0.5 : 0.2;
    // Beyond about 15,500 km no airliner route runs non-stop.
    const mustStop = direct > 15500;
    if (mustStop && hub === from) {
      continue;
    }
    const stops = mustStop ? 1 : hub === from || random.next() < nonStopChance ? 0 : 1;
    const minutes =
      stops === 0
        ? blockMinutes(direct)
        : blockMinutes(leg(from, hub)) + blockMinutes(leg(hub, to)) + random.int(60, 180);
    const departure = zonedToUtc(
      `${departure_date}T${zeroPad(random.int(6, 22))}:${zeroPad(random.int(0, 11) * 5)}`,
      from.timezone,
    );
    const fare =
      (60 + direct * 0.11) * cabinFactor[cabin] * (0.8 + random.next() * 0.5) * (stops === 0 ? 1 : 0.85);
    const price = roundTo(fare, 2);
    const flightNumbers = Array.from({ length: stops + 1 }, () => `${airline.iata}${random.int(10, 2999)}`);
    const seatsLeft = random.int(1, 9);
    if (stops > max_stops || seatsLeft < passengers) {
      continue;
    }
    offers.push({
      airline: airline.name,
      flight_numbers: flightNumbers,
      stops,
      via: stops === 0 ? [] : [hub.iata],
      departure_time: formatZonedDateTime(departure, from.timezone),
      arrival_time: formatZonedDateTime(departure + minutes * 60000, to.timezone),
      duration_minutes: minutes,
      price_per_passenger: price,
      total_price: roundTo(price * passengers, 2),
      seats_left: seatsLeft,
    });
  }
  return offers;
}
