import { defineTool } from "../define-tool.js";
import { movieNameSchema, omdbCoverage, requireOmdbMovie } from "./omdb-movies.js";

/** The US age rating of a movie (BFCL's `get_movie_rating`). */
export const getMovieRating = defineTool<{ movie_name: string }>({
  name: "get_movie_rating",
  description:
    "Fetches the age rating of a movie, as in the OMDB API: its US MPA rating (G, PG, PG-13, R, NC-17).",
  category: "Entertainment",
  simulated: { covers: omdbCoverage },
  parameters: {
    type: "object",
    properties: { movie_name: movieNameSchema("The name of the movie.") },
    required: ["movie_name"],
    additionalProperties: false,
  },
  returns: { type: "string", minLength: 1 },
  examples: [
    { arguments: { movie_name: "Pulp Fiction" }, result: "R" },
    { arguments: { movie_name: "Avatar" }, result: "PG-13" },
  ],
  invalidExamples: [
    { arguments: { movie_name: "Not A Real Film" }, error: "unknown movie 'Not A Real Film'" },
    { arguments: { movie_name: "" }, error: "$.movie_name must NOT have fewer than 1 characters" },
  ],
  run: ({ movie_name }) => requireOmdbMovie(movie_name).rating,
});
