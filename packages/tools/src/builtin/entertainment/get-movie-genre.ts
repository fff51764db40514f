import { defineTool } from "../define-tool.js";
import {
  formatGenres,
  movieInvalidExamples,
  movieParameters,
  omdbCoverage,
  requireOmdbMovie,
} from "./omdb-movies.js";

/** The genres of a movie (BFCL's `get_movie_genre`). */
export const getMovieGenre = defineTool<{ movie_name: string }>({
  name: "get_movie_genre",
  description:
    "Retrieves the genre of a movie, as in the OMDB API: its genres joined by ', ', e.g. 'Crime, Drama'.",
  category: "Entertainment",
  simulated: { covers: omdbCoverage },
  parameters: movieParameters("The name of the movie to retrieve the genre for."),
  returns: { type: "string", minLength: 1 },
  examples: [
    { arguments: { movie_name: "Pulp Fiction" }, result: "Crime, Drama" },
    { arguments: { movie_name: "Avatar" }, result: "Action, Adventure, Fantasy" },
  ],
  invalidExamples: movieInvalidExamples,
  run: ({ movie_name }) => formatGenres(requireOmdbMovie(movie_name).genres),
});
