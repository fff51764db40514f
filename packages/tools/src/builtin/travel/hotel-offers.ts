import type { Random } from "@apigen/core";
import { roundTo } from "../shared/round-to.js";
import { airports } from "./data/airports.js";

/** The cities the hotel simulation covers: those of the known airports. */
export const cities = [...new Set(airports.map((airport) => airport.city))];
const adjectives = [
  "Grand",
  "Royal",
  "Harbour",
  "Central",
  "Park",
  "Riverside",
  "Skyline",
  "Garden",
  "Old Town",
  "Station",
  "Meridian",
  "Lantern",
];
const kinds = ["Hotel", "Suites", "Inn", "Residences", "Palace Hotel", "Lodge", "Boutique Hotel"];
const amenities = [
  "free_wifi",
  "breakfast_included",
  "pool",
  "gym",
  "spa",
  "parking",
  "airport_shuttle",
  "pet_friendly",
  "restaurant",
  "bar",
];

/** One simulated hotel offer. */
export type HotelOffer = {
  name: string;
  stars: number;
  guest_rating: number;
  distance_to_center_km: number;
  amenities: string[];
  price_per_night: number;
  total_price: number;
};

/** Synthesises 10 hotels in a city, priced by stars and occupancy for the whole stay. */
export function makeHotels(
  city: string,
  { nights, guests, rooms }: { nights: number; guests: number; rooms: number },
  random: Random,
): HotelOffer[] {
  return random.sample(adjectives, 10).map((adjective) => {
    const stars = random.int(2, 5);
    const nightly = Math.round(
      (35 + stars * stars * 14) * (0.75 + random.next() * 0.6) * (guests > rooms * 2 ? 1.25 : 1),
    );
    return {
      name: `${adjective} ${random.pick(kinds)} ${city}`,
      stars,
      guest_rating: roundTo(Math.min(10, 6 + stars * 0.5 + random.next() * 1.6), 1),
      distance_to_center_km: Math.round(random.next() * 80) / 10,
      amenities: random.sample(amenities, random.int(2, 5)).sort(),
      price_per_night: nightly,
      total_price: nightly * nights * rooms,
    };
  });
}
