import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { letterFor } from "./letter-grades.js";

/** The final exam score that reaches a target course grade. */
export const calculateFinalExamScoreNeeded = defineTool<{
  current_grade_percent: number;
  final_exam_weight_percent: number;
  target_grade_percent: number;
  max_exam_percent?: number;
}>({
  name: "calculate_final_exam_score_needed",
  description:
    "Compute the score needed on a final exam to finish a course with a target grade, given the current grade on the rest of the course and the exam's weight. Returns the required exam percentage (2 decimals), whether it is achievable, and the course grade with a perfect and with a zero exam score.",
  category: "Education",
  parameters: {
    type: "object",
    properties: {
      current_grade_percent: {
        type: "number",
        minimum: 0,
        maximum: 150,
        description: "Current grade on everything except the final, in percent.",
      },
      final_exam_weight_percent: {
        type: "number",
        exclusiveMinimum: 0,
        exclusiveMaximum: 100,
        description: "Weight of the final exam in the course grade, in percent.",
      },
      target_grade_percent: {
        type: "number",
        minimum: 0,
        maximum: 150,
        description: "Course grade you want, in percent (e.g. 90 for an A-).",
      },
      max_exam_percent: {
        type: "number",
        minimum: 100,
        maximum: 150,
        default: 100,
        description: "Highest exam score possible, above 100 if there is extra credit.",
      },
    },
    required: ["current_grade_percent", "final_exam_weight_percent", "target_grade_percent"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      required_exam_percent: { type: "number" },
      achievable: { type: "boolean" },
      already_secured: { type: "boolean" },
      grade_with_perfect_exam: { type: "number" },
      grade_with_zero_exam: { type: "number" },
      target_letter_grade: { type: "string" },
    },
    required: [
      "required_exam_percent",
      "achievable",
      "already_secured",
      "grade_with_perfect_exam",
      "grade_with_zero_exam",
      "target_letter_grade",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { current_grade_percent: 84, final_exam_weight_percent: 30, target_grade_percent: 90 },
      result: {
        required_exam_percent: 104,
        achievable: false,
        already_secured: false,
        grade_with_perfect_exam: 88.8,
        grade_with_zero_exam: 58.8,
        target_letter_grade: "A-",
      },
    },
    {
      arguments: { current_grade_percent: 78, final_exam_weight_percent: 25, target_grade_percent: 80 },
      result: {
        required_exam_percent: 86,
        achievable: true,
        already_secured: false,
        grade_with_perfect_exam: 83.5,
        grade_with_zero_exam: 58.5,
        target_letter_grade: "B-",
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { current_grade_percent: 80, final_exam_weight_percent: 100, target_grade_percent: 90 },
      error: "$.final_exam_weight_percent must be < 100",
    },
    {
      arguments: { current_grade_percent: 80, target_grade_percent: 90 },
      error: "missing required argument 'final_exam_weight_percent'",
    },
  ],
  run: ({
    current_grade_percent,
    final_exam_weight_percent,
    target_grade_percent,
    max_exam_percent = 100,
  }) => {
    const weight = final_exam_weight_percent / 100;
    const rest = current_grade_percent * (1 - weight);
    const needed = (target_grade_percent - rest) / weight;
    return {
      required_exam_percent: roundTo(needed, 2, { method: "epsilon" }),
      achievable: needed <= max_exam_percent,
      already_secured: needed <= 0,
      grade_with_perfect_exam: roundTo(rest + max_exam_percent * weight, 2, { method: "epsilon" }),
      grade_with_zero_exam: roundTo(rest, 2, { method: "epsilon" }),
      target_letter_grade: letterFor(target_grade_percent),
    };
  },
});
