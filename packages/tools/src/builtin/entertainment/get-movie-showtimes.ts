import { defineTool } from "../define-tool.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { weekdayOf } from "../shared/weekday-of.js";
import { cinemaCities, cinemas, screeningSlots } from "./data/cinemas.js";
import { requireMovie } from "./lookup.js";

/** Screenings of a film in a city's cinemas on a day, with formats, prices and seats left. */
export const getMovieShowtimes = defineTool<{ title: string; city: string; date: string; format?: string }>({
  name: "get_movie_showtimes",
  description:
    "Find the screenings of a film in a city's cinemas on a given date. Returns for each cinema the start times with format (2D, 3D, IMAX, Dolby Cinema), ticket price in local currency (weekend and premium-format surcharges included) and seats still available.",
  category: "Entertainment",
  simulated: {
    covers:
      "repertory screenings of the 35 catalogue films at 10 fictional cinemas in New York, London, Paris, Berlin, Tokyo, Sydney, Toronto and Mumbai; schedules and availability are synthesised per film, cinema and date, deterministic for the same seed (format only filters the screenings)",
  },
  parameters: {
    type: "object",
    properties: {
      title: { type: "string", minLength: 1, maxLength: 120, description: "Film title, e.g. 'Dune'." },
      city: { type: "string", enum: cinemaCities, description: "City to search." },
      date: { type: "string", format: "date", description: "Screening date (YYYY-MM-DD)." },
      format: {
        type: "string",
        enum: ["2D", "3D", "IMAX", "Dolby Cinema"],
        description: "Only screenings in this format; default all.",
      },
    },
    required: ["title", "city", "date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      title: { type: "string" },
      city: { type: "string" },
      date: { type: "string", format: "date" },
      cinemas: {
        type: "array",
        items: {
          type: "object",
          properties: {
            cinema: { type: "string" },
            screenings: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  time: { type: "string", pattern: "^\\d{2}:\\d{2}$" },
                  format: { type: "string" },
                  price: { type: "number", minimum: 0 },
                  currency: { type: "string", pattern: "^[A-Z]{3}$" },
                  seats_available: { type: "integer", minimum: 0 },
                },
                required: ["time", "format", "price", "currency", "seats_available"],
                additionalProperties: false,
              },
            },
          },
          required: ["cinema", "screenings"],
          additionalProperties: false,
        },
      },
    },
    required: ["title", "city", "date", "cinemas"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { title: "Dune", city: "London", date: "2024-03-08" },
      result: {
        title: "Dune",
        city: "London",
        date: "2024-03-08",
        cinemas: [
          {
            cinema: "Thames Screen Rooms",
            screenings: [{ time: "18:00", format: "2D", price: 15.5, currency: "GBP", seats_available: 3 }],
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { title: "Dune: Part Three", city: "London", date: "2024-03-08" },
      error: "unknown movie 'Dune: Part Three'",
    },
    { arguments: { title: "Dune", city: "Madrid", date: "2024-03-08" }, error: "$.city must be one of" },
  ],
  run: ({ title, city, date, format }, { randomFor }) => {
    const movie = requireMovie(title);
    const surcharge: Record<string, number> = { "2D": 1, "3D": 1.2, IMAX: 1.4, "Dolby Cinema": 1.35 };
    const weekend = [0, 5, 6].includes(weekdayOf(toDayNumber(date))) ? 1.1 : 1;
    const result = cinemas
      .filter((cinema) => cinema.city === city)
      .map((cinema) => {
        const random = randomFor(movie.id, cinema.name, date);
        const slots = random.sample(screeningSlots, random.int(0, 3)).sort();
        const screenings = slots
          .map((time) => {
            const chosen = random.pick(cinema.formats);
            const price = cinema.base_price * (surcharge[chosen] ?? 1) * weekend;
            return {
              time,
              format: chosen,
              price:
                cinema.currency === "JPY" || cinema.currency === "INR"
                  ? Math.round(price / 10) * 10
                  : Math.round(price * 2) / 2,
              currency: cinema.currency,
              seats_available: random.int(0, 180),
            };
          })
          .filter((screening) => format === undefined || screening.format === format);
        return { cinema: cinema.name, screenings };
      })
      .filter((entry) => entry.screenings.length > 0);
    return { title: movie.title, city, date, cinemas: result };
  },
});
