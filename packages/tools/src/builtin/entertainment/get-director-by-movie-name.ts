import { defineTool } from "../define-tool.js";
import { movieNameSchema, omdbCoverage, requireOmdbMovie } from "./omdb-movies.js";

/** The director of a movie (BFCL's `get_director_by_movie_name`). */
export const getDirectorByMovieName = defineTool<{ movie_name: string }>({
  name: "get_director_by_movie_name",
  description: "Gets the director of a movie: the director's name, several joined by ', '.",
  category: "Entertainment",
  simulated: { covers: omdbCoverage },
  parameters: {
    type: "object",
    properties: { movie_name: movieNameSchema("The movie to find the director of.") },
    required: ["movie_name"],
    additionalProperties: false,
  },
  returns: { type: "string", minLength: 1 },
  examples: [
    { arguments: { movie_name: "Pulp Fiction" }, result: "Quentin Tarantino" },
    { arguments: { movie_name: "Avatar" }, result: "James Cameron" },
  ],
  invalidExamples: [
    { arguments: { movie_name: "Not A Real Film" }, error: "unknown movie 'Not A Real Film'" },
    { arguments: { movie_name: "" }, error: "$.movie_name must NOT have fewer than 1 characters" },
  ],
  run: ({ movie_name }) => requireOmdbMovie(movie_name).directors.join(", "),
});
