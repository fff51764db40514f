import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { type MovieGenre, movieGenres, movies } from "./data/movies.js";
import { movieSchema } from "./lookup.js";

interface Args {
  query?: string;
  genres?: MovieGenre[];
  year_from?: number;
  year_to?: number;
  max_runtime_minutes?: number;
  sort_by?: "year" | "title" | "runtime";
  limit?: number;
}

/** Searches the film catalogue by title or director, genres, year range and runtime. */
export const searchMovies = defineTool<Args>({
  name: "search_movies",
  description:
    "Search a film catalogue by words in the title or director name, genres (a film must have all of them), release-year range and maximum runtime. Returns the number of matches and the films with year, directors, runtime, genres, country, language, US rating and Best Picture status.",
  category: "Entertainment",
  simulated: {
    covers:
      "a catalogue of 35 well-known films from 1942 to 2023 with their real release years, directors, theatrical runtimes and US ratings",
  },
  parameters: {
    type: "object",
    properties: {
      query: {
        type: "string",
        minLength: 2,
        maxLength: 80,
        description: "Words from the title or a director's name, e.g. 'nolan'; omit to match any film.",
      },
      genres: {
        type: "array",
        items: { type: "string", enum: [...movieGenres] },
        uniqueItems: true,
        maxItems: 4,
        description: "Genres a film must all have, e.g. ['sci-fi', 'thriller']; omit for any genre.",
      },
      year_from: {
        type: "integer",
        minimum: 1900,
        maximum: 2030,
        description: "Earliest release year, inclusive; omit for no lower bound.",
      },
      year_to: {
        type: "integer",
        minimum: 1900,
        maximum: 2030,
        description: "Latest release year, inclusive; omit for no upper bound.",
      },
      max_runtime_minutes: {
        type: "integer",
        minimum: 60,
        maximum: 300,
        description: "Longest acceptable runtime in minutes; omit for no limit.",
      },
      sort_by: {
        type: "string",
        enum: ["year", "title", "runtime"],
        default: "year",
        description:
          "Order: 'year' (newest first), 'title' (A-Z) or 'runtime' (shortest first). Default 'year'.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 35,
        default: 10,
        description: "Most films returned (1-35). Default 10.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_matches: { type: "integer", minimum: 0 },
      movies: { type: "array", items: movieSchema },
    },
    required: ["total_matches", "movies"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { query: "nolan", year_from: 2010, sort_by: "runtime", limit: 1 },
      result: {
        total_matches: 3,
        movies: [
          {
            id: "tt-inception",
            title: "Inception",
            year: 2010,
            directors: ["Christopher Nolan"],
            runtime_minutes: 148,
            genres: ["action", "sci-fi", "thriller"],
            country: "US",
            language: "en",
            us_rating: "PG-13",
            best_picture_oscar: false,
          },
        ],
      },
    },
    {
      arguments: { genres: ["animation", "family"], max_runtime_minutes: 100, sort_by: "title", limit: 1 },
      result: {
        total_matches: 3,
        movies: [
          {
            id: "tt-inside-out",
            title: "Inside Out",
            year: 2015,
            directors: ["Pete Docter"],
            runtime_minutes: 95,
            genres: ["adventure", "animation", "comedy", "family"],
            country: "US",
            language: "en",
            us_rating: "PG",
            best_picture_oscar: false,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { year_from: 2020, year_to: 2010 }, error: "year_to 2010 is before year_from 2020" },
    { arguments: { genres: ["western"] }, error: "$.genres[0] must be one of" },
  ],
  run: ({
    query,
    genres = [],
    year_from: from,
    year_to: to,
    max_runtime_minutes: maxRuntime,
    sort_by: sortBy = "year",
    limit = 10,
  }) => {
    if (from !== undefined && to !== undefined && to < from) {
      throw new ToolArgumentError({
        message: `year_to ${to} is before year_from ${from}`,
        argument: "year_to",
      });
    }
    const words = (query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    const matches = movies.filter((movie) => {
      const haystack = `${movie.title} ${movie.directors.join(" ")}`.toLowerCase();
      return (
        words.every((w) => haystack.includes(w)) &&
        genres.every((g) => movie.genres.includes(g)) &&
        (from === undefined || movie.year >= from) &&
        (to === undefined || movie.year <= to) &&
        (maxRuntime === undefined || movie.runtime_minutes <= maxRuntime)
      );
    });
    matches.sort((a, b) =>
      sortBy === "title"
        ? a.title.localeCompare(b.title)
        : sortBy === "runtime"
          ? a.runtime_minutes - b.runtime_minutes || a.title.localeCompare(b.title)
          : b.year - a.year || a.title.localeCompare(b.title),
    );
    return {
      total_matches: matches.length,
      movies: matches
        .slice(0, limit)
        .map((movie) => ({ ...movie, directors: [...movie.directors], genres: [...movie.genres] })),
    };
  },
});
