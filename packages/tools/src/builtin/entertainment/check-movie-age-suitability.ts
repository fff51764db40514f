import { defineTool } from "../define-tool.js";
import { requireMovie } from "./lookup.js";

/** Whether a viewer of a given age may see a film under its US (MPA) rating. */
export const checkMovieAgeSuitability = defineTool<{
  title: string;
  viewer_age: number;
  with_parent?: boolean;
}>({
  name: "check_movie_age_suitability",
  description:
    "Check whether a film suits a viewer of a given age under its US MPA rating: G all ages; PG parental guidance suggested; PG-13 parents strongly cautioned under 13; R under 17 only with a parent or adult guardian. Returns the rating, the cinema admission rule for that viewer, whether it is recommended for the age (all ages for G, 8+ for PG, 13+ for PG-13, 17+ for R) and the guidance.",
  category: "Entertainment",
  simulated: { covers: "the 35-film catalogue of search_movies with each film's US MPA rating" },
  parameters: {
    type: "object",
    properties: {
      title: {
        type: "string",
        minLength: 1,
        maxLength: 120,
        description: "Film title, e.g. 'Jurassic Park'.",
      },
      viewer_age: { type: "integer", minimum: 0, maximum: 120, description: "Age of the viewer in years." },
      with_parent: {
        type: "boolean",
        default: false,
        description: "Whether a parent or adult guardian attends too. Default false.",
      },
    },
    required: ["title", "viewer_age"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      title: { type: "string" },
      us_rating: { type: "string", enum: ["G", "PG", "PG-13", "R"] },
      admission: { type: "string", enum: ["admitted", "admitted_with_parent", "not_admitted"] },
      recommended_for_age: { type: "boolean" },
      guidance: { type: "string" },
    },
    required: ["title", "us_rating", "admission", "recommended_for_age", "guidance"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { title: "Jurassic Park", viewer_age: 10 },
      result: {
        title: "Jurassic Park",
        us_rating: "PG-13",
        admission: "admitted",
        recommended_for_age: false,
        guidance:
          "PG-13: parents strongly cautioned; some material may be inappropriate for children under 13.",
      },
    },
    {
      arguments: { title: "Alien", viewer_age: 15, with_parent: true },
      result: {
        title: "Alien",
        us_rating: "R",
        admission: "admitted_with_parent",
        recommended_for_age: false,
        guidance: "R: restricted; under 17 requires an accompanying parent or adult guardian.",
      },
    },
    {
      arguments: { title: "Toy Story", viewer_age: 6 },
      result: {
        title: "Toy Story",
        us_rating: "G",
        admission: "admitted",
        recommended_for_age: true,
        guidance: "G: general audiences; all ages admitted.",
      },
    },
  ],
  invalidExamples: [
    { arguments: { title: "Alien 5", viewer_age: 30 }, error: "unknown movie 'Alien 5'" },
    { arguments: { title: "Alien", viewer_age: -2 }, error: "$.viewer_age must be >= 0" },
  ],
  run: ({ title, viewer_age: age, with_parent: withParent = false }) => {
    const movie = requireMovie(title);
    const rules = {
      G: { minimum: 0, guidance: "G: general audiences; all ages admitted." },
      PG: {
        minimum: 8,
        guidance: "PG: parental guidance suggested; some material may not be suitable for children.",
      },
      "PG-13": {
        minimum: 13,
        guidance:
          "PG-13: parents strongly cautioned; some material may be inappropriate for children under 13.",
      },
      R: {
        minimum: 17,
        guidance: "R: restricted; under 17 requires an accompanying parent or adult guardian.",
      },
    } as const;
    const rule = rules[movie.us_rating];
    const admission =
      movie.us_rating === "R" && age < 17
        ? withParent
          ? "admitted_with_parent"
          : "not_admitted"
        : "admitted";
    return {
      title: movie.title,
      us_rating: movie.us_rating,
      admission,
      recommended_for_age: age >= rule.minimum,
      guidance: rule.guidance,
    };
  },
});
