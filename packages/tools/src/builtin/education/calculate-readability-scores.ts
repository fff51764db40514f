import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Syllables of an English word by vowel groups, with a silent final 'e' dropped; at least one. */
function syllables(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-z]/g, "");
  if (lower.length <= 3) {
    return 1;
  }
  const trimmed = lower.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Flesch reading ease and Flesch-Kincaid grade of a text. */
export const calculateReadabilityScores = defineTool<{ text: string }>({
  name: "calculate_readability_scores",
  description:
    "Measure how easy an English text is to read: counts sentences, words and syllables (syllables estimated from vowel groups), then computes the Flesch Reading Ease (0-100, higher is easier) and the Flesch-Kincaid Grade Level, both rounded to 1 decimal, with a plain-language difficulty label.",
  category: "Education",
  parameters: {
    type: "object",
    properties: {
      text: {
        type: "string",
        minLength: 1,
        maxLength: 50000,
        description: "English prose to analyse (one or more sentences).",
      },
    },
    required: ["text"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      sentences: { type: "integer", minimum: 1 },
      words: { type: "integer", minimum: 1 },
      syllables: { type: "integer", minimum: 1 },
      flesch_reading_ease: { type: "number" },
      flesch_kincaid_grade: { type: "number" },
      difficulty: {
        type: "string",
        enum: [
          "very easy",
          "easy",
          "fairly easy",
          "standard",
          "fairly difficult",
          "difficult",
          "very difficult",
        ],
      },
    },
    required: [
      "sentences",
      "words",
      "syllables",
      "flesch_reading_ease",
      "flesch_kincaid_grade",
      "difficulty",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { text: "The cat sat on the mat. It was happy." },
      result: {
        sentences: 2,
        words: 9,
        syllables: 10,
        flesch_reading_ease: 108.3,
        flesch_kincaid_grade: -0.7,
        difficulty: "very easy",
      },
    },
    {
      arguments: {
        text: "Photosynthesis converts light energy into chemical energy. Plants store this energy in carbohydrate molecules, which organisms subsequently metabolize.",
      },
      result: {
        sentences: 2,
        words: 18,
        syllables: 46,
        flesch_reading_ease: -18.5,
        flesch_kincaid_grade: 18.1,
        difficulty: "very difficult",
      },
    },
  ],
  invalidExamples: [
    { arguments: { text: "12345 !!! ..." }, error: "the text has no words" },
    { arguments: { text: "" }, error: "$.text must NOT have fewer than 1 characters" },
  ],
  run: ({ text }) => {
    const words = text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
    if (words.length === 0) {
      throw new ToolArgumentError({
        message: "the text has no words: give English prose with at least one sentence",
        argument: "text",
      });
    }
    const sentences = Math.max(1, text.split(/[.!?]+/).filter((part) => /[A-Za-z]/.test(part)).length);
    const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
    const wordsPerSentence = words.length / sentences;
    const syllablesPerWord = syllableCount / words.length;
    const ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    const grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
    const labels: [number, string][] = [
      [90, "very easy"],
      [80, "easy"],
      [70, "fairly easy"],
      [60, "standard"],
      [50, "fairly difficult"],
      [30, "difficult"],
    ];
    return {
      sentences,
      words: words.length,
      syllables: syllableCount,
      flesch_reading_ease: roundTo(ease, 1),
      flesch_kincaid_grade: roundTo(grade, 1),
      difficulty: labels.find(([min]) => ease >= min)?.[1] ?? "very difficult",
    };
  },
});
