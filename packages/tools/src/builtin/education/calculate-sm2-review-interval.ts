import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { addDays } from "../shared/add-days.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  quality: number;
  repetitions: number;
  previous_interval_days?: number;
  ease_factor?: number;
  review_date: string;
}

/** The next flashcard review by the SuperMemo-2 algorithm. */
export const calculateSm2ReviewInterval = defineTool<Args>({
  name: "calculate_sm2_review_interval",
  description:
    "Schedule the next review of a flashcard with the SuperMemo-2 (SM-2) spaced-repetition algorithm, from the recall quality just given (0-5), the number of successful repetitions so far, the previous interval and the card's ease factor. Returns the new interval in days, repetitions, ease factor (2 decimals, never below 1.3) and the next review date.",
  category: "Education",
  parameters: {
    type: "object",
    properties: {
      quality: {
        type: "integer",
        minimum: 0,
        maximum: 5,
        description: "Recall quality: 5 perfect, 4 after hesitation, 3 with difficulty, 0-2 failed.",
      },
      repetitions: {
        type: "integer",
        minimum: 0,
        maximum: 1000,
        description: "Successful reviews in a row before this one.",
      },
      previous_interval_days: {
        type: "integer",
        minimum: 1,
        description: "Interval before this review in days; required when repetitions is 2 or more.",
      },
      ease_factor: {
        type: "number",
        minimum: 1.3,
        maximum: 5,
        default: 2.5,
        description: "The card's ease factor before this review (new cards start at 2.5).",
      },
      review_date: { type: "string", format: "date", description: "Date of this review (YYYY-MM-DD)." },
    },
    required: ["quality", "repetitions", "review_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      interval_days: { type: "integer", minimum: 1 },
      repetitions: { type: "integer", minimum: 0 },
      ease_factor: { type: "number", minimum: 1.3 },
      next_review_date: { type: "string", format: "date" },
      passed: { type: "boolean" },
    },
    required: ["interval_days", "repetitions", "ease_factor", "next_review_date", "passed"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { quality: 4, repetitions: 0, review_date: "2024-03-01" },
      result: {
        interval_days: 1,
        repetitions: 1,
        ease_factor: 2.5,
        next_review_date: "2024-03-02",
        passed: true,
      },
    },
    {
      arguments: {
        quality: 5,
        repetitions: 2,
        previous_interval_days: 6,
        ease_factor: 2.5,
        review_date: "2024-03-10",
      },
      result: {
        interval_days: 15,
        repetitions: 3,
        ease_factor: 2.6,
        next_review_date: "2024-03-25",
        passed: true,
      },
    },
    {
      arguments: {
        quality: 2,
        repetitions: 4,
        previous_interval_days: 30,
        ease_factor: 2.2,
        review_date: "2024-12-31",
      },
      result: {
        interval_days: 1,
        repetitions: 0,
        ease_factor: 1.88,
        next_review_date: "2025-01-01",
        passed: false,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { quality: 4, repetitions: 3, review_date: "2024-03-01" },
      error: "previous_interval_days is required when repetitions is 2 or more",
    },
    { arguments: { quality: 6, repetitions: 0, review_date: "2024-03-01" }, error: "$.quality must be <= 5" },
  ],
  run: ({ quality, repetitions, previous_interval_days, ease_factor = 2.5, review_date }) => {
    const passed = quality >= 3;
    if (passed && repetitions >= 2 && previous_interval_days === undefined) {
      throw new ToolArgumentError({
        message:
          "previous_interval_days is required when repetitions is 2 or more: the next interval multiplies it by the ease factor",
        argument: "previous_interval_days",
      });
    }
    const miss = 5 - quality;
    const ease = Math.max(1.3, ease_factor + (0.1 - miss * (0.08 + miss * 0.02)));
    let interval = 1;
    if (passed) {
      interval =
        repetitions === 0
          ? 1
          : repetitions === 1
            ? 6
            : Math.round((previous_interval_days ?? 1) * ease_factor);
    }
    return {
      interval_days: interval,
      repetitions: passed ? repetitions + 1 : 0,
      ease_factor: roundTo(ease, 2),
      next_review_date: addDays(review_date, interval),
      passed,
    };
  },
});
