import { defineTool } from "../define-tool.js";
import { movieDirectorFields } from "./movie-director-fields.js";
import { movieParameters } from "./omdb-movies.js";

/** The director of a movie (BFCL's `get_movie_director`). */
export const getMovieDirector = defineTool<{ movie_name: string }>({
  name: "get_movie_director",
  description:
    "Fetches the director of a movie, as in the OMDB API: the director's name, several joined by ', '.",
  parameters: movieParameters("The name of the movie."),
  ...movieDirectorFields,
});
