import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { daysBetween } from "../shared/days-between.js";
import { foldText } from "../shared/fold-text.js";
import { cities, type HotelOffer, makeHotels } from "./hotel-offers.js";

/** Hotel offers in a city for a stay. */
export const searchHotels = defineTool<{
  city: string;
  check_in: string;
  check_out: string;
  guests?: number;
  rooms?: number;
  min_stars?: number;
  max_price_per_night?: number;
  sort_by?: "price" | "rating" | "stars";
}>({
  name: "search_hotels",
  description:
    "Search hotels in a city for a stay between check-in and check-out dates, filtered by star rating and nightly budget. Returns up to 8 hotels with name, stars, guest rating (out of 10), distance to the centre, amenities, price per night and total price in USD for all rooms and nights.",
  category: "Travel",
  simulated: {
    covers:
      "the 48 cities served by the airports of get_airport_info; hotel names, ratings and prices are synthesised, deterministic for the same city, dates and seed (guests, rooms, min_stars, max_price_per_night and sort_by only price, filter and order them)",
  },
  parameters: {
    type: "object",
    properties: {
      city: { type: "string", minLength: 2, description: 'City name, e.g. "Lisbon" or "New York".' },
      check_in: { type: "string", format: "date", description: "Check-in date (YYYY-MM-DD)." },
      check_out: {
        type: "string",
        format: "date",
        description: "Check-out date (YYYY-MM-DD), 1 to 30 nights after check_in.",
      },
      guests: { type: "integer", minimum: 1, maximum: 16, default: 2, description: "Number of guests." },
      rooms: {
        type: "integer",
        minimum: 1,
        maximum: 8,
        default: 1,
        description: "Number of rooms; at most 4 guests per room.",
      },
      min_stars: { type: "integer", minimum: 1, maximum: 5, default: 1, description: "Minimum star rating." },
      max_price_per_night: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Maximum price per room per night in USD.",
      },
      sort_by: {
        type: "string",
        enum: ["price", "rating", "stars"],
        default: "price",
        description: "Order: cheapest, best rated or most stars first.",
      },
    },
    required: ["city", "check_in", "check_out"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      city: { type: "string" },
      nights: { type: "integer", minimum: 1 },
      currency: { type: "string", const: "USD" },
      hotels: {
        type: "array",
        items: {
          type: "object",
          properties: {
            name: { type: "string" },
            stars: { type: "integer", minimum: 1, maximum: 5 },
            guest_rating: { type: "number", minimum: 0, maximum: 10 },
            distance_to_center_km: { type: "number" },
            amenities: { type: "array", items: { type: "string" } },
            price_per_night: { type: "number" },
            total_price: { type: "number" },
          },
          required: [
            "name",
            "stars",
            "guest_rating",
            "distance_to_center_km",
            "amenities",
            "price_per_night",
            "total_price",
          ],
          additionalProperties: false,
        },
      },
    },
    required: ["city", "nights", "currency", "hotels"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        city: "Lisbon",
        check_in: "2024-06-10",
        check_out: "2024-06-13",
        min_stars: 4,
        sort_by: "rating",
      },
      result: {
        city: "Lisbon",
        nights: 3,
        currency: "USD",
        hotels: [
          {
            name: "Station Suites Lisbon",
            stars: 5,
            guest_rating: 10,
            distance_to_center_km: 3,
            amenities: ["bar", "gym", "restaurant", "spa"],
            price_per_night: 368,
            total_price: 1104,
          },
          {
            name: "Garden Boutique Hotel Lisbon",
            stars: 5,
            guest_rating: 9.9,
            distance_to_center_km: 6.3,
            amenities: ["bar", "parking", "pool"],
            price_per_night: 497,
            total_price: 1491,
          },
          {
            name: "Harbour Lodge Lisbon",
            stars: 5,
            guest_rating: 9.4,
            distance_to_center_km: 7.5,
            amenities: ["free_wifi", "pet_friendly", "pool"],
            price_per_night: 491,
            total_price: 1473,
          },
          {
            name: "Royal Inn Lisbon",
            stars: 4,
            guest_rating: 9.3,
            distance_to_center_km: 7.2,
            amenities: ["airport_shuttle", "bar", "breakfast_included", "free_wifi", "pool"],
            price_per_night: 289,
            total_price: 867,
          },
          {
            name: "Grand Suites Lisbon",
            stars: 4,
            guest_rating: 9.1,
            distance_to_center_km: 7.9,
            amenities: ["airport_shuttle", "breakfast_included", "gym"],
            price_per_night: 254,
            total_price: 762,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { city: "Paris", check_in: "2024-06-13", check_out: "2024-06-10" },
      error: "check_out must be after check_in",
    },
    {
      arguments: { city: "Atlantis", check_in: "2024-06-10", check_out: "2024-06-13" },
      error: "no hotel data for city 'Atlantis'",
    },
    {
      arguments: { city: "Paris", check_in: "2024-06-10", check_out: "2024-06-12", guests: 9, rooms: 2 },
      error: "at most 4 guests per room",
    },
  ],
  run: (
    {
      city,
      check_in,
      check_out,
      guests = 2,
      rooms = 1,
      min_stars = 1,
      max_price_per_night,
      sort_by = "price",
    },
    { randomFor },
  ) => {
    const name = cities.find((candidate) => foldText(candidate) === foldText(city));
    if (name === undefined) {
      throw new ToolArgumentError({
        message: `no hotel data for city '${city}'; covered cities include London, Paris, New York, Tokyo, Dubai, Sydney, Lisbon`,
        argument: "city",
      });
    }
    const nights = daysBetween(check_in, check_out);
    if (nights < 1) {
      throw new ToolArgumentError({ message: "check_out must be after check_in", argument: "check_out" });
    }
    if (nights > 30) {
      throw new ToolArgumentError({
        message: "stays are limited to 30 nights; split longer stays",
        argument: "check_out",
      });
    }
    if (guests > rooms * 4) {
      throw new ToolArgumentError({
        message: `at most 4 guests per room: ${guests} guests need at least ${Math.ceil(guests / 4)} rooms`,
        argument: "rooms",
      });
    }
    const hotels = makeHotels(name, { nights, guests, rooms }, randomFor(name, check_in, check_out));
    const key = {
      price: (h: HotelOffer) => h.price_per_night,
      rating: (h: HotelOffer) => -h.guest_rating,
      stars: (h: HotelOffer) => -h.stars,
    }[sort_by];
    return {
      city: name,
      nights,
      currency: "USD",
      hotels: hotels
        .filter(
          (hotel) =>
            hotel.stars >= min_stars &&
            (max_price_per_night === undefined || hotel.price_per_night <= max_price_per_night),
        )
        .sort((a, b) => key(a) - key(b))
        .slice(0, 8),
    };
  },
});
