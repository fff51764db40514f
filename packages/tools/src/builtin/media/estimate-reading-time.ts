import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Reading and speaking time of a text. */
export const estimateReadingTime = defineTool<{ text: string; reading_wpm?: number; speaking_wpm?: number }>({
  name: "estimate_reading_time",
  description:
    "Estimate how long a text takes to read silently and to read aloud, from its word count and reading speeds (defaults: 238 words per minute silent, the adult average for non-fiction; 150 aloud). Returns word, sentence and character counts, both times in minutes (1 decimal) and a rounded-up label such as '4 min read'.",
  category: "Media",
  parameters: {
    type: "object",
    properties: {
      text: { type: "string", minLength: 1, maxLength: 200000, description: "The article, script or post." },
      reading_wpm: {
        type: "integer",
        minimum: 50,
        maximum: 1000,
        default: 238,
        description: "Silent reading speed in words per minute. Default 238.",
      },
      speaking_wpm: {
        type: "integer",
        minimum: 50,
        maximum: 400,
        default: 150,
        description: "Speaking speed in words per minute. Default 150.",
      },
    },
    required: ["text"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      words: { type: "integer", minimum: 0 },
      sentences: { type: "integer", minimum: 0 },
      characters: { type: "integer", minimum: 0 },
      reading_minutes: { type: "number", minimum: 0 },
      speaking_minutes: { type: "number", minimum: 0 },
      label: { type: "string" },
    },
    required: ["words", "sentences", "characters", "reading_minutes", "speaking_minutes", "label"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { text: "The quick brown fox jumps over the lazy dog. It was not amused! Why would it be?" },
      result: {
        words: 17,
        sentences: 3,
        characters: 80,
        reading_minutes: 0.1,
        speaking_minutes: 0.1,
        label: "1 min read",
      },
    },
    {
      arguments: {
        text: "One two three four five six seven eight nine ten. Eleven twelve.",
        reading_wpm: 50,
        speaking_wpm: 60,
      },
      result: {
        words: 12,
        sentences: 2,
        characters: 64,
        reading_minutes: 0.2,
        speaking_minutes: 0.2,
        label: "1 min read",
      },
    },
  ],
  invalidExamples: [
    { arguments: { text: "Hello", reading_wpm: 10 }, error: "$.reading_wpm must be >= 50" },
    { arguments: { text: "" }, error: "$.text must NOT have fewer than 1 characters" },
  ],
  run: ({ text, reading_wpm: readingWpm = 238, speaking_wpm: speakingWpm = 150 }) => {
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const sentences = text.match(/[^.!?]*[\p{L}\p{N}][^.!?]*[.!?]+/gu)?.length ?? 0;
    const reading = words / readingWpm;
    return {
      words,
      sentences,
      characters: [...text].length,
      reading_minutes: roundTo(reading, 1, { method: "decimal" }),
      speaking_minutes: roundTo(words / speakingWpm, 1, { method: "decimal" }),
      label: `${Math.max(1, Math.ceil(roundTo(reading, 6, { method: "decimal" })))} min read`,
    };
  },
});
