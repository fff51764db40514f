import { defineTool } from "../define-tool.js";

type Operation = "addition" | "subtraction" | "multiplication" | "division";
const ranges = { easy: [1, 10], medium: [10, 99], hard: [100, 999] } as const;
const symbols: Record<Operation, string> = {
  addition: "+",
  subtraction: "−",
  multiplication: "×",
  division: "÷",
};

interface Args {
  operation: Operation | "mixed";
  difficulty?: keyof typeof ranges;
  count?: number;
  allow_negative_answers?: boolean;
}

/** Arithmetic practice questions with answers. */
export const generateArithmeticQuiz = defineTool<Args>({
  name: "generate_arithmetic_quiz",
  description:
    "Generate arithmetic practice questions (addition, subtraction, multiplication, division with whole-number answers, or a mix) at a difficulty level: easy uses numbers 1-10, medium 10-99, hard 100-999 (division uses a divisor from 2 to 12 and a whole-number quotient in the level's range). Returns the questions with their answers.",
  category: "Education",
  parameters: {
    type: "object",
    properties: {
      operation: {
        type: "string",
        enum: ["addition", "subtraction", "multiplication", "division", "mixed"],
        description: "Kind of question.",
      },
      difficulty: {
        type: "string",
        enum: Object.keys(ranges),
        default: "easy",
        description: "Size of the numbers.",
      },
      count: { type: "integer", minimum: 1, maximum: 50, default: 10, description: "Number of questions." },
      allow_negative_answers: {
        type: "boolean",
        default: false,
        description: "Whether subtraction may give negative answers.",
      },
    },
    required: ["operation"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      difficulty: { type: "string" },
      questions: {
        type: "array",
        items: {
          type: "object",
          properties: {
            number: { type: "integer", minimum: 1 },
            question: { type: "string" },
            answer: { type: "integer" },
          },
          required: ["number", "question", "answer"],
          additionalProperties: false,
        },
      },
    },
    required: ["difficulty", "questions"],
    additionalProperties: false,
  },
  simulated: {
    covers: "Questions drawn from the seeded random stream: the same arguments and seed give the same quiz.",
  },
  examples: [
    {
      arguments: { operation: "multiplication", count: 3 },
      result: {
        difficulty: "easy",
        questions: [
          { number: 1, question: "10 × 4 = ?", answer: 40 },
          { number: 2, question: "9 × 7 = ?", answer: 63 },
          { number: 3, question: "3 × 10 = ?", answer: 30 },
        ],
      },
    },
    {
      arguments: { operation: "mixed", difficulty: "medium", count: 4 },
      result: {
        difficulty: "medium",
        questions: [
          { number: 1, question: "73 × 36 = ?", answer: 2628 },
          { number: 2, question: "93 + 59 = ?", answer: 152 },
          { number: 3, question: "95 ÷ 5 = ?", answer: 19 },
          { number: 4, question: "10 + 83 = ?", answer: 93 },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { operation: "exponent" }, error: "$.operation must be one of" },
    { arguments: { operation: "addition", count: 100 }, error: "$.count must be <= 50" },
  ],
  run: ({ operation, difficulty = "easy", count = 10, allow_negative_answers = false }, { random }) => {
    const [low, high] = ranges[difficulty];
    const operations: Operation[] = ["addition", "subtraction", "multiplication", "division"];
    const questions = Array.from({ length: count }, (_, index) => {
      const kind = operation === "mixed" ? random.pick(operations) : operation;
      let a = random.int(low, high);
      let b = random.int(low, high);
      let answer: number;
      if (kind === "division") {
        b = random.int(2, 12);
        answer = random.int(low, high);
        a = answer * b;
      } else if (kind === "subtraction") {
        if (!allow_negative_answers && b > a) {
          [a, b] = [b, a];
        }
        answer = a - b;
      } else {
        answer = kind === "addition" ? a + b : a * b;
      }
      return { number: index + 1, question: `${a} ${symbols[kind]} ${b} = ?`, answer };
    });
    return { difficulty, questions };
  },
});
