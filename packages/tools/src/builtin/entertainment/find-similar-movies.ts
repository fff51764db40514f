import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { movies } from "./data/movies.js";
import { requireMovie } from "./lookup.js";

/** Films most like a given one, by shared genres, director and era. */
export const findSimilarMovies = defineTool<{ title: string; limit?: number; same_language_only?: boolean }>({
  name: "find_similar_movies",
  description:
    "Recommend films similar to a given one. Similarity is the Jaccard overlap of genres plus 0.3 for a shared director and 0.1 for release within 10 years, rounded to 3 decimals; returns the best matches with their score and the genres they share.",
  category: "Entertainment",
  simulated: { covers: "the 35-film catalogue of search_movies; scores are computed, not personalised" },
  parameters: {
    type: "object",
    properties: {
      title: {
        type: "string",
        minLength: 1,
        maxLength: 120,
        description: "A film in the catalogue, e.g. 'Inception'.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 10,
        default: 3,
        description: "Number of recommendations (1-10). Default 3.",
      },
      same_language_only: {
        type: "boolean",
        default: false,
        description: "Only recommend films in the same original language. Default false.",
      },
    },
    required: ["title"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      based_on: { type: "string" },
      recommendations: {
        type: "array",
        items: {
          type: "object",
          properties: {
            title: { type: "string" },
            year: { type: "integer" },
            similarity: { type: "number", minimum: 0, maximum: 1.4 },
            shared_genres: { type: "array", items: { type: "string" } },
            same_director: { type: "boolean" },
          },
          required: ["title", "year", "similarity", "shared_genres", "same_director"],
          additionalProperties: false,
        },
      },
    },
    required: ["based_on", "recommendations"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { title: "Inception", limit: 3 },
      result: {
        based_on: "Inception",
        recommendations: [
          {
            title: "The Matrix",
            year: 1999,
            similarity: 0.667,
            shared_genres: ["action", "sci-fi"],
            same_director: false,
          },
          {
            title: "Mad Max: Fury Road",
            year: 2015,
            similarity: 0.6,
            shared_genres: ["action", "sci-fi"],
            same_director: false,
          },
          {
            title: "Interstellar",
            year: 2014,
            similarity: 0.6,
            shared_genres: ["sci-fi"],
            same_director: true,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { title: "Inceptionn" }, error: "unknown movie 'Inceptionn'" },
    { arguments: { title: "Inception", limit: 0 }, error: "$.limit must be >= 1" },
  ],
  run: ({ title, limit = 3, same_language_only: sameLanguage = false }) => {
    const base = requireMovie(title);
    const scored = movies
      .filter((movie) => movie.id !== base.id && (!sameLanguage || movie.language === base.language))
      .map((movie) => {
        const shared = movie.genres.filter((g) => base.genres.includes(g));
        const union = new Set([...movie.genres, ...base.genres]).size;
        const sameDirector = movie.directors.some((d) => base.directors.includes(d));
        const score =
          shared.length / union +
          (sameDirector ? 0.3 : 0) +
          (Math.abs(movie.year - base.year) <= 10 ? 0.1 : 0);
        return {
          title: movie.title,
          year: movie.year,
          similarity: roundTo(score, 3),
          shared_genres: shared,
          same_director: sameDirector,
        };
      })
      .sort((a, b) => b.similarity - a.similarity || b.year - a.year);
    return { based_on: base.title, recommendations: scored.slice(0, limit) };
  },
});
