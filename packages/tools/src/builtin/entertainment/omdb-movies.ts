import type { ObjectSchema } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import type { InvalidToolExample } from "../define-tool.js";
import { foldText } from "../shared/fold-text.js";
import { findMovie, sampleTitles } from "./data/movies.js";

/** The facts BFCL's OMDB functions report about a movie. */
export interface OmdbMovie {
  title: string;
  directors: readonly string[];
  rating: string;
  genres: readonly string[];
}

/** Films BFCL's questions ask about beyond the shared catalogue (public facts). */
const extraMovies: readonly OmdbMovie[] = [
  {
    title: "Avatar",
    directors: ["James Cameron"],
    rating: "PG-13",
    genres: ["action", "adventure", "fantasy"],
  },
  { title: "Django Unchained", directors: ["Quentin Tarantino"], rating: "R", genres: ["drama", "western"] },
  {
    title: "Kill Bill",
    directors: ["Quentin Tarantino"],
    rating: "R",
    genres: ["action", "crime", "thriller"],
  },
  { title: "Reservoir Dogs", directors: ["Quentin Tarantino"], rating: "R", genres: ["crime", "thriller"] },
  {
    title: "Schindler's List",
    directors: ["Steven Spielberg"],
    rating: "R",
    genres: ["biography", "drama", "history"],
  },
];

/**
 * The parameters of the BFCL movie tools: one required `movie_name`, described as given.
 *
 * @example
 * movieParameters("The name of the movie.").required; // ["movie_name"]
 */
export const movieParameters = (description: string): ObjectSchema => ({
  type: "object",
  properties: { movie_name: { type: "string", minLength: 1, description } },
  required: ["movie_name"],
  additionalProperties: false,
});

/** The invalid calls every movie tool rejects: an unknown title and an empty one. */
export const movieInvalidExamples: [InvalidToolExample, ...InvalidToolExample[]] = [
  { arguments: { movie_name: "Not A Real Film" }, error: "unknown movie 'Not A Real Film'" },
  { arguments: { movie_name: "" }, error: "$.movie_name must NOT have fewer than 1 characters" },
];

/** What the movie facts tools cover. */
export const omdbCoverage =
  "the shared catalogue of 36 well-known films plus Avatar, Django Unchained, Kill Bill, Reservoir Dogs and Schindler's List: real directors, US ratings and genres";

/**
 * The movie with this title, from the shared catalogue or the extra films, or a `ToolArgumentError`.
 *
 * @example
 * requireOmdbMovie("pulp fiction").directors; // ["Quentin Tarantino"]
 */
export function requireOmdbMovie(name: string): OmdbMovie {
  const movie = findMovie(name);
  if (movie !== undefined) {
    return { title: movie.title, directors: movie.directors, rating: movie.us_rating, genres: movie.genres };
  }
  const wanted = foldText(name, { punctuation: "space" });
  const extra = extraMovies.find(
    (candidate) => foldText(candidate.title, { punctuation: "space" }) === wanted,
  );
  if (extra === undefined) {
    throw new ToolArgumentError({
      message: `unknown movie '${name}'; known titles include ${sampleTitles}, Avatar, Pulp Fiction`,
      argument: "movie_name",
    });
  }
  return extra;
}

/** Genres written as OMDB writes them: "Action, Adventure, Sci-Fi". */
export function formatGenres(genres: readonly string[]): string {
  return genres
    .map((genre) => (genre === "sci-fi" ? "Sci-Fi" : genre[0]?.toUpperCase() + genre.slice(1)))
    .join(", ");
}
