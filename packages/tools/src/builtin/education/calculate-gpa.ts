import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { gradePoints } from "./letter-grades.js";

interface Course {
  course: string;
  grade: string;
  credits: number;
}

/** Term and cumulative grade point average. */
export const calculateGpa = defineTool<{ courses: Course[]; prior_gpa?: number; prior_credits?: number }>({
  name: "calculate_gpa",
  description:
    "Calculate a credit-weighted grade point average on the US 4.0 scale (A/A+ = 4.0, A- = 3.7, B+ = 3.3, ..., F = 0) for a term's courses, and optionally the new cumulative GPA given the GPA and credits earned before. Returns GPAs rounded to 2 decimals, credits and quality points.",
  category: "Education",
  parameters: {
    type: "object",
    properties: {
      courses: {
        type: "array",
        minItems: 1,
        maxItems: 40,
        description: "The term's graded courses.",
        items: {
          type: "object",
          properties: {
            course: { type: "string", minLength: 1, maxLength: 80, description: "Course name or code." },
            grade: { type: "string", enum: Object.keys(gradePoints), description: "Letter grade received." },
            credits: {
              type: "number",
              exclusiveMinimum: 0,
              maximum: 20,
              description: "Credit hours of the course.",
            },
          },
          required: ["course", "grade", "credits"],
          additionalProperties: false,
        },
      },
      prior_gpa: {
        type: "number",
        minimum: 0,
        maximum: 4,
        description: "Cumulative GPA before this term; give together with prior_credits.",
      },
      prior_credits: { type: "number", minimum: 0, description: "Credits counted in prior_gpa." },
    },
    required: ["courses"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      term_gpa: { type: "number", minimum: 0, maximum: 4 },
      term_credits: { type: "number" },
      quality_points: { type: "number" },
      cumulative_gpa: { type: ["number", "null"], minimum: 0, maximum: 4 },
      cumulative_credits: { type: ["number", "null"] },
    },
    required: ["term_gpa", "term_credits", "quality_points", "cumulative_gpa", "cumulative_credits"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        courses: [
          { course: "Calculus I", grade: "A-", credits: 4 },
          { course: "Intro to Psychology", grade: "B+", credits: 3 },
          { course: "English Composition", grade: "A", credits: 3 },
          { course: "Chemistry Lab", grade: "C", credits: 1 },
        ],
      },
      result: {
        term_gpa: 3.52,
        term_credits: 11,
        quality_points: 38.7,
        cumulative_gpa: null,
        cumulative_credits: null,
      },
    },
    {
      arguments: {
        courses: [{ course: "CS 101", grade: "B", credits: 3 }],
        prior_gpa: 3.5,
        prior_credits: 30,
      },
      result: {
        term_gpa: 3,
        term_credits: 3,
        quality_points: 9,
        cumulative_gpa: 3.45,
        cumulative_credits: 33,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { courses: [{ course: "CS 101", grade: "B", credits: 3 }], prior_gpa: 3.2 },
      error: "prior_gpa and prior_credits go together",
    },
    {
      arguments: { courses: [{ course: "CS 101", grade: "E", credits: 3 }] },
      error: "$.courses[0].grade must be one of",
    },
  ],
  run: ({ courses, prior_gpa, prior_credits }) => {
    if ((prior_gpa === undefined) !== (prior_credits === undefined)) {
      throw new ToolArgumentError({
        message: `prior_gpa and prior_credits go together: give both or neither (got only ${prior_gpa === undefined ? "prior_credits" : "prior_gpa"})`,
        argument: prior_gpa === undefined ? "prior_gpa" : "prior_credits",
      });
    }
    const credits = courses.reduce((sum, course) => sum + course.credits, 0);
    const points = courses.reduce(
      (sum, course) => sum + (gradePoints[course.grade] ?? 0) * course.credits,
      0,
    );
    const cumulativeCredits = prior_credits === undefined ? null : prior_credits + credits;
    return {
      term_gpa: roundTo(points / credits, 2, { method: "epsilon" }),
      term_credits: roundTo(credits, 2, { method: "epsilon" }),
      quality_points: roundTo(points, 2, { method: "epsilon" }),
      cumulative_gpa:
        cumulativeCredits === null
          ? null
          : roundTo(((prior_gpa ?? 0) * (prior_credits ?? 0) + points) / cumulativeCredits, 2, {
              method: "epsilon",
            }),
      cumulative_credits: cumulativeCredits,
    };
  },
});
