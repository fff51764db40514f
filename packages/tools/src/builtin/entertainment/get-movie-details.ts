import { defineTool } from "../define-tool.js";
import { zeroPad } from "../shared/zero-pad.js";
import { movieSchema, requireMovie } from "./lookup.js";

/** Facts about one film. */
export const getMovieDetails = defineTool<{ title: string }>({
  name: "get_movie_details",
  description:
    "Get the details of a film by title or id (case, accents and punctuation are ignored). Returns release year, directors, theatrical runtime in minutes and as hours and minutes, genres, country, original language, US rating and whether it won the Academy Award for Best Picture.",
  category: "Entertainment",
  simulated: { covers: "the 35-film catalogue of search_movies" },
  parameters: {
    type: "object",
    properties: {
      title: {
        type: "string",
        minLength: 1,
        maxLength: 120,
        description: "Film title, e.g. 'Amelie' or 'The Godfather', or its catalogue id.",
      },
    },
    required: ["title"],
    additionalProperties: false,
  },
  returns: {
    ...movieSchema,
    properties: { ...movieSchema.properties, runtime_text: { type: "string", pattern: "^\\d+h \\d{2}m$" } },
    required: [...(movieSchema.required ?? []), "runtime_text"],
  },
  examples: [
    {
      arguments: { title: "amelie" },
      result: {
        id: "tt-amelie",
        title: "Amélie",
        year: 2001,
        directors: ["Jean-Pierre Jeunet"],
        runtime_minutes: 122,
        runtime_text: "2h 02m",
        genres: ["comedy", "romance"],
        country: "FR",
        language: "fr",
        us_rating: "R",
        best_picture_oscar: false,
      },
    },
  ],
  invalidExamples: [
    { arguments: { title: "The Godfather Part IV" }, error: "unknown movie 'The Godfather Part IV'" },
    { arguments: { title: "" }, error: "$.title must NOT have fewer than 1 characters" },
  ],
  run: ({ title }) => {
    const movie = requireMovie(title);
    const runtimeText = `${Math.floor(movie.runtime_minutes / 60)}h ${zeroPad(movie.runtime_minutes % 60)}m`;
    return {
      ...movie,
      directors: [...movie.directors],
      genres: [...movie.genres],
      runtime_text: runtimeText,
    };
  },
});
