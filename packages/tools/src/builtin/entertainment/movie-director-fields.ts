import type { BuiltinToolDefinition } from "../define-tool.js";
import { movieInvalidExamples, omdbCoverage, requireOmdbMovie } from "./omdb-movies.js";

/**
 * What BFCL's two director lookups (`get_movie_director`, `get_director_by_movie_name`) share: everything but
 * their name, description and parameter wording. The result is the director's name, several joined by ', '.
 */
export const movieDirectorFields: Omit<
  BuiltinToolDefinition<{ movie_name: string }>,
  "name" | "description" | "parameters"
> = {
  category: "Entertainment",
  simulated: { covers: omdbCoverage },
  returns: { type: "string", minLength: 1 },
  examples: [
    { arguments: { movie_name: "Pulp Fiction" }, result: "Quentin Tarantino" },
    { arguments: { movie_name: "Avatar" }, result: "James Cameron" },
  ],
  invalidExamples: movieInvalidExamples,
  run: ({ movie_name }) => requireOmdbMovie(movie_name).directors.join(", "),
};
