import type { BuiltinTool } from "../define-tool.js";
import { calculateFinalExamScoreNeeded } from "./calculate-final-exam-score-needed.js";
import { calculateGpa } from "./calculate-gpa.js";
import { calculateReadabilityScores } from "./calculate-readability-scores.js";
import { calculateSm2ReviewInterval } from "./calculate-sm2-review-interval.js";
import { calculateWeightedGrade } from "./calculate-weighted-grade.js";
import { createStudySchedule } from "./create-study-schedule.js";
import { defineVocabularyWord } from "./define-vocabulary-word.js";
import { generateArithmeticQuiz } from "./generate-arithmetic-quiz.js";
import { searchOnlineCourses } from "./search-online-courses.js";
import { summarizeClassScores } from "./summarize-class-scores.js";

/** Built-in tools of the Education category. */
export const educationTools: readonly BuiltinTool[] = [
  calculateGpa,
  calculateWeightedGrade,
  summarizeClassScores,
  calculateFinalExamScoreNeeded,
  defineVocabularyWord,
  searchOnlineCourses,
  generateArithmeticQuiz,
  calculateReadabilityScores,
  createStudySchedule,
  calculateSm2ReviewInterval,
];
