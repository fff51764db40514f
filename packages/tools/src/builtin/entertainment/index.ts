import type { BuiltinTool } from "../define-tool.js";
import { calculateBingeWatchTime } from "./calculate-binge-watch-time.js";
import { checkMovieAgeSuitability } from "./check-movie-age-suitability.js";
import { findSimilarMovies } from "./find-similar-movies.js";
import { getDirectorByMovieName } from "./get-director-by-movie-name.js";
import { getMovieDetails } from "./get-movie-details.js";
import { getMovieDirector } from "./get-movie-director.js";
import { getMovieGenre } from "./get-movie-genre.js";
import { getMovieRating } from "./get-movie-rating.js";
import { getMovieShowtimes } from "./get-movie-showtimes.js";
import { getRandomJoke } from "./get-random-joke.js";
import { getTriviaQuestion } from "./get-trivia-question.js";
import { getTvShowDetails } from "./get-tv-show-details.js";
import { planMovieMarathon } from "./plan-movie-marathon.js";
import { searchMovies } from "./search-movies.js";

/** Built-in tools of the Entertainment category. */
export const entertainmentTools: readonly BuiltinTool[] = [
  searchMovies,
  getMovieDetails,
  findSimilarMovies,
  checkMovieAgeSuitability,
  planMovieMarathon,
  getMovieShowtimes,
  getTvShowDetails,
  calculateBingeWatchTime,
  getTriviaQuestion,
  getRandomJoke,
  // BFCL's executable functions, under their BFCL names and parameters
  getMovieDirector,
  getDirectorByMovieName,
  getMovieRating,
  getMovieGenre,
];
