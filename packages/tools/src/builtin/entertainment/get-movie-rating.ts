import { defineTool } from "../define-tool.js";
import { movieInvalidExamples, movieParameters, omdbCoverage, requireOmdbMovie } from "./omdb-movies.js";

/** The US age rating of a movie (BFCL's `get_movie_rating`). */
export const getMovieRating = defineTool<{ movie_name: string }>({
  name: "get_movie_rating",
  description:
    "Fetches the age rating of a movie, as in the OMDB API: its US MPA rating (G, PG, PG-13, R, NC-17).",
  category: "Entertainment",
  simulated: { covers: omdbCoverage },
  parameters: movieParameters("The name of the movie."),
  returns: { type: "string", minLength: 1 },
  examples: [
    { arguments: { movie_name: "Pulp Fiction" }, result: "R" },
    { arguments: { movie_name: "Avatar" }, result: "PG-13" },
  ],
  invalidExamples: movieInvalidExamples,
  run: ({ movie_name }) => requireOmdbMovie(movie_name).rating,
});
