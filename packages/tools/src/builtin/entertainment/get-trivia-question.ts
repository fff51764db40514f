import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { type Difficulty, type TriviaCategory, triviaQuestions } from "./data/trivia.js";

const categories: TriviaCategory[] = ["science", "geography", "history", "arts", "sports"];

/** Random multiple-choice trivia questions. */
export const getTriviaQuestion = defineTool<{
  category?: TriviaCategory;
  difficulty?: Difficulty;
  count?: number;
}>({
  name: "get_trivia_question",
  description:
    "Get random multiple-choice trivia questions, optionally by category and difficulty. Returns each question with four shuffled choices, the correct answer and its letter (A-D); reproducible for the same seed and arguments.",
  category: "Entertainment",
  simulated: {
    covers:
      "30 fact-checked questions: 6 per category (science, geography, history, arts, sports), 2 per difficulty in each",
  },
  parameters: {
    type: "object",
    properties: {
      category: { type: "string", enum: categories, description: "Topic; any topic when omitted." },
      difficulty: {
        type: "string",
        enum: ["easy", "medium", "hard"],
        description: "Difficulty; any when omitted.",
      },
      count: {
        type: "integer",
        minimum: 1,
        maximum: 10,
        default: 1,
        description: "Number of distinct questions. Default 1.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      questions: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          properties: {
            category: { type: "string", enum: categories },
            difficulty: { type: "string", enum: ["easy", "medium", "hard"] },
            question: { type: "string" },
            choices: { type: "array", items: { type: "string" }, minItems: 4, maxItems: 4 },
            correct_answer: { type: "string" },
            correct_letter: { type: "string", enum: ["A", "B", "C", "D"] },
          },
          required: ["category", "difficulty", "question", "choices", "correct_answer", "correct_letter"],
          additionalProperties: false,
        },
      },
    },
    required: ["questions"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { category: "geography", difficulty: "easy" },
      result: {
        questions: [
          {
            category: "geography",
            difficulty: "easy",
            question: "Which is the largest ocean on Earth?",
            choices: ["Atlantic Ocean", "Indian Ocean", "Pacific Ocean", "Arctic Ocean"],
            correct_answer: "Pacific Ocean",
            correct_letter: "C",
          },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { category: "science", difficulty: "hard", count: 5 }, error: "only 2 questions match" },
    { arguments: { category: "movies" }, error: "$.category must be one of" },
  ],
  run: ({ category, difficulty, count = 1 }, { random }) => {
    const pool = triviaQuestions.filter(
      (q) =>
        (category === undefined || q.category === category) &&
        (difficulty === undefined || q.difficulty === difficulty),
    );
    if (pool.length < count) {
      throw new ToolArgumentError({
        message: `only ${pool.length} questions match category '${category ?? "any"}' and difficulty '${difficulty ?? "any"}'; ask for at most ${pool.length} or widen the filters`,
        argument: "count",
      });
    }
    return {
      questions: random.sample(pool, count).map((q) => {
        const choices = random.shuffle(q.choices);
        const correct = q.choices[0];
        return {
          category: q.category,
          difficulty: q.difficulty,
          question: q.question,
          choices,
          correct_answer: correct,
          correct_letter: "ABCD".charAt(choices.indexOf(correct)),
        };
      }),
    };
  },
});
