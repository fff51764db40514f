import type { JsonSchema } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { findMovie, type Movie, movieGenres, sampleTitles, usRatings } from "./data/movies.js";
import { findTvShow, sampleShows, type TvShow } from "./data/tv-shows.js";

/** The movie, or a ToolArgumentError naming a few known titles. */
export function requireMovie(title: string, argument = "title"): Movie {
  const movie = findMovie(title);
  if (movie === undefined) {
    throw new ToolArgumentError({
      message: `unknown movie '${title}'; the catalogue has titles such as ${sampleTitles} (use search_movies to browse)`,
      argument,
    });
  }
  return movie;
}

/** The show, or a ToolArgumentError naming a few known titles. */
export function requireTvShow(title: string): TvShow {
  const show = findTvShow(title);
  if (show === undefined) {
    throw new ToolArgumentError({
      message: `unknown TV show '${title}'; the catalogue has finished series such as ${sampleShows}`,
      argument: "title",
    });
  }
  return show;
}

/** The JSON Schema of a movie as the tools return it. */
export const movieSchema: JsonSchema = {
  type: "object",
  properties: {
    id: { type: "string" },
    title: { type: "string" },
    year: { type: "integer", minimum: 1888 },
    directors: { type: "array", items: { type: "string" }, minItems: 1 },
    runtime_minutes: { type: "integer", minimum: 1 },
    genres: { type: "array", items: { type: "string", enum: [...movieGenres] } },
    country: { type: "string", pattern: "^[A-Z]{2}$" },
    language: { type: "string", pattern: "^[a-z]{2}$" },
    us_rating: { type: "string", enum: [...usRatings] },
    best_picture_oscar: { type: "boolean" },
  },
  required: [
    "id",
    "title",
    "year",
    "directors",
    "runtime_minutes",
    "genres",
    "country",
    "language",
    "us_rating",
    "best_picture_oscar",
  ],
  additionalProperties: false,
};
