import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { letterFor } from "./letter-grades.js";

interface Component {
  name: string;
  score: number;
  max_score?: number;
  weight_percent: number;
}

/** A course grade from weighted assessment components. */
export const calculateWeightedGrade = defineTool<{ components: Component[] }>({
  name: "calculate_weighted_grade",
  description:
    "Compute a course grade from weighted components (homework, quizzes, midterm, final): each score is turned into a percentage of its maximum and weighted; the weights must add up to 100. Returns each component's contribution, the overall percentage (2 decimals) and the US letter grade (A 93+, A- 90+, B+ 87+, ..., F below 60).",
  category: "Education",
  parameters: {
    type: "object",
    properties: {
      components: {
        type: "array",
        minItems: 1,
        maxItems: 20,
        description: "Graded components; weights must total 100.",
        items: {
          type: "object",
          properties: {
            name: {
              type: "string",
              minLength: 1,
              maxLength: 60,
              description: "Component name, e.g. 'Midterm'.",
            },
            score: { type: "number", minimum: 0, description: "Points earned." },
            max_score: { type: "number", exclusiveMinimum: 0, default: 100, description: "Points possible." },
            weight_percent: {
              type: "number",
              exclusiveMinimum: 0,
              maximum: 100,
              description: "Share of the course grade, in percent.",
            },
          },
          required: ["name", "score", "weight_percent"],
          additionalProperties: false,
        },
      },
    },
    required: ["components"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      components: {
        type: "array",
        items: {
          type: "object",
          properties: {
            name: { type: "string" },
            percent: { type: "number" },
            weighted_points: { type: "number" },
          },
          required: ["name", "percent", "weighted_points"],
          additionalProperties: false,
        },
      },
      overall_percent: { type: "number", minimum: 0 },
      letter_grade: { type: "string" },
    },
    required: ["components", "overall_percent", "letter_grade"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        components: [
          { name: "Homework", score: 92, weight_percent: 20 },
          { name: "Midterm", score: 41, max_score: 50, weight_percent: 30 },
          { name: "Final", score: 88, weight_percent: 50 },
        ],
      },
      result: {
        components: [
          { name: "Homework", percent: 92, weighted_points: 18.4 },
          { name: "Midterm", percent: 82, weighted_points: 24.6 },
          { name: "Final", percent: 88, weighted_points: 44 },
        ],
        overall_percent: 87,
        letter_grade: "B+",
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        components: [
          { name: "Quiz", score: 8, max_score: 10, weight_percent: 40 },
          { name: "Exam", score: 70, weight_percent: 50 },
        ],
      },
      error: "weights add up to 90, not 100",
    },
    {
      arguments: { components: [{ name: "Quiz", score: 12, max_score: 10, weight_percent: 100 }] },
      error: "score 12 of 'Quiz' is above its max_score 10",
    },
  ],
  run: ({ components }) => {
    const total = components.reduce((sum, component) => sum + component.weight_percent, 0);
    if (Math.abs(total - 100) > 0.001) {
      throw new ToolArgumentError({
        message: `weights add up to ${roundTo(total, 3)}, not 100: adjust weight_percent values`,
        argument: "components",
      });
    }
    const parts = components.map(({ name, score, max_score = 100, weight_percent }) => {
      if (score > max_score) {
        throw new ToolArgumentError({
          message: `score ${score} of '${name}' is above its max_score ${max_score}`,
          argument: "components",
        });
      }
      const percent = (score / max_score) * 100;
      return {
        name,
        percent: roundTo(percent, 2, { method: "epsilon" }),
        weighted: (percent * weight_percent) / 100,
      };
    });
    const overall = roundTo(
      parts.reduce((sum, part) => sum + part.weighted, 0),
      2,
      { method: "epsilon" },
    );
    return {
      components: parts.map(({ name, percent, weighted }) => ({
        name,
        percent,
        weighted_points: roundTo(weighted, 2, { method: "epsilon" }),
      })),
      overall_percent: overall,
      letter_grade: letterFor(overall),
    };
  },
});
