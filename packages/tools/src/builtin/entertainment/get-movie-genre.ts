import { defineTool } from "../define-tool.js";
import { formatGenres, movieNameSchema, omdbCoverage, requireOmdbMovie } from "./omdb-movies.js";

/** The genres of a movie (BFCL's `get_movie_genre`). */
export const getMovieGenre = defineTool<{ movie_name: string }>({
  name: "get_movie_genre",
  description:
    "Retrieves the genre of a movie, as in the OMDB API: its genres joined by ', ', e.g. 'Crime, Drama'.",
  category: "Entertainment",
  simulated: { covers: omdbCoverage },
  parameters: {
    type: "object",
    properties: { movie_name: movieNameSchema("The name of the movie to retrieve the genre for.") },
    required: ["movie_name"],
    additionalProperties: false,
  },
  returns: { type: "string", minLength: 1 },
  examples: [
    { arguments: { movie_name: "Pulp Fiction" }, result: "Crime, Drama" },
    { arguments: { movie_name: "Avatar" }, result: "Action, Adventure, Fantasy" },
  ],
  invalidExamples: [
    { arguments: { movie_name: "Not A Real Film" }, error: "unknown movie 'Not A Real Film'" },
    { arguments: { movie_name: "" }, error: "$.movie_name must NOT have fewer than 1 characters" },
  ],
  run: ({ movie_name }) => formatGenres(requireOmdbMovie(movie_name).genres),
});
