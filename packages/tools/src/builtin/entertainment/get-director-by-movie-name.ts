import { defineTool } from "../define-tool.js";
import { movieDirectorFields } from "./movie-director-fields.js";
import { movieParameters } from "./omdb-movies.js";

/** The director of a movie (BFCL's `get_director_by_movie_name`). */
export const getDirectorByMovieName = defineTool<{ movie_name: string }>({
  name: "get_director_by_movie_name",
  description: "Gets the director of a movie: the director's name, several joined by ', '.",
  parameters: movieParameters("The movie to find the director of."),
  ...movieDirectorFields,
});
