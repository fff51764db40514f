import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** World Handicap System score differential. */
export const calculateGolfHandicapDifferential = defineTool<{
  adjusted_gross_score: number;
  course_rating: number;
  slope_rating: number;
  playing_conditions_adjustment?: number;
}>({
  name: "calculate_golf_handicap_differential",
  description:
    "Calculate a golf score differential under the World Handicap System: (113 / slope rating) * (adjusted gross score - course rating - playing conditions adjustment). Returns the differential rounded to 1 decimal.",
  category: "Sports",
  parameters: {
    type: "object",
    properties: {
      adjusted_gross_score: {
        type: "integer",
        minimum: 18,
        maximum: 200,
        description: "18-hole adjusted gross score.",
      },
      course_rating: {
        type: "number",
        minimum: 50,
        maximum: 85,
        description: "Course rating of the tees played, e.g. 72.1.",
      },
      slope_rating: {
        type: "integer",
        minimum: 55,
        maximum: 155,
        description: "Slope rating of the tees played (55-155, standard 113).",
      },
      playing_conditions_adjustment: {
        type: "integer",
        minimum: -1,
        maximum: 3,
        default: 0,
        description: "PCC for the day (-1 to +3).",
      },
    },
    required: ["adjusted_gross_score", "course_rating", "slope_rating"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { score_differential: { type: "number" } },
    required: ["score_differential"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { adjusted_gross_score: 85, course_rating: 72.1, slope_rating: 125 },
      result: { score_differential: 11.7 },
    },
    {
      arguments: {
        adjusted_gross_score: 90,
        course_rating: 70,
        slope_rating: 113,
        playing_conditions_adjustment: 1,
      },
      result: { score_differential: 19 },
    },
  ],
  invalidExamples: [
    {
      arguments: { adjusted_gross_score: 85, course_rating: 72.1, slope_rating: 170 },
      error: "$.slope_rating must be <= 155",
    },
    {
      arguments: { adjusted_gross_score: 85, course_rating: 72.1 },
      error: "missing required argument 'slope_rating'",
    },
  ],
  run: ({ adjusted_gross_score, course_rating, slope_rating, playing_conditions_adjustment = 0 }) => {
    const differential =
      (113 / slope_rating) * (adjusted_gross_score - course_rating - playing_conditions_adjustment);
    return { score_differential: roundTo(differential, 1) };
  },
});
