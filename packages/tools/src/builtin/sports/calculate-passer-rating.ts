import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { clamp } from "../shared/clamp.js";
import { roundTo } from "../shared/round-to.js";

/** NFL passer rating. */
export const calculatePasserRating = defineTool<{
  completions: number;
  attempts: number;
  passing_yards: number;
  touchdowns: number;
  interceptions: number;
}>({
  name: "calculate_passer_rating",
  description:
    "Calculate the NFL passer rating of a quarterback from completions, attempts, passing yards, touchdown passes and interceptions (scale 0 to 158.3). Returns the rating rounded to 1 decimal and the four capped components.",
  category: "Sports",
  parameters: {
    type: "object",
    properties: {
      completions: { type: "integer", minimum: 0, description: "Completed passes." },
      attempts: { type: "integer", minimum: 1, description: "Pass attempts." },
      passing_yards: { type: "integer", minimum: -500, description: "Passing yards (can be negative)." },
      touchdowns: { type: "integer", minimum: 0, description: "Touchdown passes." },
      interceptions: { type: "integer", minimum: 0, description: "Interceptions thrown." },
    },
    required: ["completions", "attempts", "passing_yards", "touchdowns", "interceptions"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      passer_rating: { type: "number", minimum: 0, maximum: 158.3 },
      components: {
        type: "object",
        properties: {
          completion: { type: "number" },
          yards: { type: "number" },
          touchdown: { type: "number" },
          interception: { type: "number" },
        },
        required: ["completion", "yards", "touchdown", "interception"],
        additionalProperties: false,
      },
    },
    required: ["passer_rating", "components"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { completions: 20, attempts: 30, passing_yards: 250, touchdowns: 2, interceptions: 1 },
      result: {
        passer_rating: 100.7,
        components: { completion: 1.8333, yards: 1.3333, touchdown: 1.3333, interception: 1.5417 },
      },
    },
    {
      arguments: { completions: 10, attempts: 10, passing_yards: 200, touchdowns: 3, interceptions: 0 },
      result: {
        passer_rating: 158.3,
        components: { completion: 2.375, yards: 2.375, touchdown: 2.375, interception: 2.375 },
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { completions: 31, attempts: 30, passing_yards: 250, touchdowns: 2, interceptions: 1 },
      error: "completions (31) cannot exceed attempts (30)",
    },
    {
      arguments: { completions: 20, attempts: 30, passing_yards: 250, touchdowns: 12, interceptions: 20 },
      error: "touchdowns + interceptions",
    },
    {
      arguments: { completions: 20, attempts: 0, passing_yards: 0, touchdowns: 0, interceptions: 0 },
      error: "$.attempts must be >= 1",
    },
  ],
  run: ({ completions, attempts, passing_yards, touchdowns, interceptions }) => {
    if (completions > attempts) {
      throw new ToolArgumentError({
        message: `completions (${completions}) cannot exceed attempts (${attempts})`,
        argument: "completions",
      });
    }
    if (touchdowns > completions || touchdowns + interceptions > attempts) {
      throw new ToolArgumentError({
        message:
          "touchdowns + interceptions cannot exceed attempts, and touchdowns cannot exceed completions",
        argument: "touchdowns",
      });
    }
    const cap = (value: number) => clamp(value, 0, 2.375);
    const completion = cap((completions / attempts - 0.3) * 5);
    const yards = cap((passing_yards / attempts - 3) * 0.25);
    const touchdown = cap((touchdowns / attempts) * 20);
    const interception = cap(2.375 - (interceptions / attempts) * 25);
    const rating = ((completion + yards + touchdown + interception) / 6) * 100;
    return {
      passer_rating: roundTo(rating, 1),
      components: {
        completion: roundTo(completion, 4),
        yards: roundTo(yards, 4),
        touchdown: roundTo(touchdown, 4),
        interception: roundTo(interception, 4),
      },
    };
  },
});
