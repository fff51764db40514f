import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

const lexicon: Record<string, number> = {
  love: 3,
  loved: 3,
  amazing: 3,
  awesome: 3,
  excellent: 3,
  fantastic: 3,
  wonderful: 3,
  perfect: 3,
  best: 3,
  incredible: 3,
  great: 2,
  good: 2,
  happy: 2,
  excited: 2,
  beautiful: 2,
  thanks: 2,
  thank: 2,
  recommend: 2,
  enjoy: 2,
  enjoyed: 2,
  nice: 1,
  fine: 1,
  like: 1,
  liked: 1,
  glad: 2,
  fun: 2,
  helpful: 2,
  hate: -3,
  hated: -3,
  terrible: -3,
  awful: -3,
  worst: -3,
  horrible: -3,
  disgusting: -3,
  scam: -3,
  bad: -2,
  angry: -2,
  disappointed: -2,
  disappointing: -2,
  broken: -2,
  sad: -2,
  annoying: -2,
  slow: -1,
  boring: -2,
  rude: -2,
  refund: -1,
  late: -1,
  problem: -1,
  issue: -1,
  meh: -1,
};
const negators = new Set([
  "not",
  "no",
  "never",
  "isn't",
  "wasn't",
  "don't",
  "didn't",
  "can't",
  "won't",
  "hardly",
]);
const boosters: Record<string, number> = {
  very: 1.5,
  really: 1.5,
  so: 1.3,
  extremely: 2,
  super: 1.5,
  totally: 1.3,
};

/** Lexicon-based sentiment of a short post, with the words that drove it. */
export const scorePostSentiment = defineTool<{ text: string }>({
  name: "score_post_sentiment",
  description:
    "Score the sentiment of a short social media post or comment with an English word lexicon that handles negation ('not good') and intensifiers ('really bad'). Returns a score from -1 to 1 (rounded to 3 decimals), a label (negative below -0.05, positive above 0.05, otherwise neutral) and the words that contributed.",
  category: "Social",
  parameters: {
    type: "object",
    properties: {
      text: { type: "string", minLength: 1, maxLength: 5000, description: "The post or comment in English." },
    },
    required: ["text"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      score: { type: "number", minimum: -1, maximum: 1 },
      label: { type: "string", enum: ["negative", "neutral", "positive"] },
      contributing_words: {
        type: "array",
        items: {
          type: "object",
          properties: { word: { type: "string" }, weight: { type: "number" } },
          required: ["word", "weight"],
          additionalProperties: false,
        },
      },
    },
    required: ["score", "label", "contributing_words"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { text: "Absolutely love this recipe, really great results!" },
      result: {
        score: 0.84,
        label: "positive",
        contributing_words: [
          { word: "love", weight: 3 },
          { word: "great", weight: 3 },
        ],
      },
    },
    {
      arguments: { text: "Delivery was late and the app is not good." },
      result: {
        score: -0.459,
        label: "negative",
        contributing_words: [
          { word: "late", weight: -1 },
          { word: "good", weight: -1 },
        ],
      },
    },
    {
      arguments: { text: "The meeting is at 3pm." },
      result: { score: 0, label: "neutral", contributing_words: [] },
    },
  ],
  invalidExamples: [{ arguments: {}, error: "missing required argument 'text'" }],
  run: ({ text }) => {
    const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
    const contributing: { word: string; weight: number }[] = [];
    words.forEach((word, i) => {
      const base = lexicon[word];
      if (base === undefined) {
        return;
      }
      let weight = base;
      const previous = words.slice(Math.max(0, i - 3), i);
      const booster = boosters[words[i - 1] ?? ""];
      if (booster !== undefined) {
        weight *= booster;
      }
      if (previous.some((w) => negators.has(w))) {
        weight *= -0.5;
      }
      contributing.push({ word, weight: roundTo(weight, 2, { method: "decimal" }) });
    });
    const total = contributing.reduce((sum, c) => sum + c.weight, 0);
    const score = roundTo(total / Math.sqrt(total * total + 15), 3, { method: "decimal" });
    return {
      score,
      label: score > 0.05 ? "positive" : score < -0.05 ? "negative" : "neutral",
      contributing_words: contributing,
    };
  },
});
