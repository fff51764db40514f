import { defineTool } from "../define-tool.js";

/** The twenty classic answers: 10 affirmative, 5 non-committal, 5 negative. */
const answers: readonly [string, "affirmative" | "non-committal" | "negative"][] = [
  ["It is certain.", "affirmative"],
  ["It is decidedly so.", "affirmative"],
  ["Without a doubt.", "affirmative"],
  ["Yes definitely.", "affirmative"],
  ["You may rely on it.", "affirmative"],
  ["As I see it, yes.", "affirmative"],
  ["Most likely.", "affirmative"],
  ["Outlook good.", "affirmative"],
  ["Yes.", "affirmative"],
  ["Signs point to yes.", "affirmative"],
  ["Reply hazy, try again.", "non-committal"],
  ["Ask again later.", "non-committal"],
  ["Better not tell you now.", "non-committal"],
  ["Cannot predict now.", "non-committal"],
  ["Concentrate and ask again.", "non-committal"],
  ["Don't count on it.", "negative"],
  ["My reply is no.", "negative"],
  ["My sources say no.", "negative"],
  ["Outlook not so good.", "negative"],
  ["Very doubtful.", "negative"],
];

/** A Magic 8 Ball answer to a yes/no question. */
export const askMagicEightBall = defineTool<{ question: string }>({
  name: "ask_magic_eight_ball",
  description:
    "Ask the Magic 8 Ball a yes-or-no question, for fun. Returns one of its twenty classic answers and whether it is affirmative, non-committal or negative; the same question and seed always get the same answer.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      question: {
        type: "string",
        minLength: 3,
        maxLength: 300,
        description: "A yes-or-no question, e.g. 'Will it be sunny on Saturday?'.",
      },
    },
    required: ["question"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      question: { type: "string" },
      answer: { type: "string", enum: answers.map(([text]) => text) },
      sentiment: { type: "string", enum: ["affirmative", "non-committal", "negative"] },
    },
    required: ["question", "answer", "sentiment"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { question: "Should I learn Rust this year?" },
      result: {
        question: "Should I learn Rust this year?",
        answer: "Outlook not so good.",
        sentiment: "negative",
      },
    },
  ],
  invalidExamples: [
    { arguments: { question: "" }, error: "$.question must NOT have fewer than 3 characters" },
    { arguments: { query: "Will I win?" }, error: "missing required argument 'question'" },
  ],
  run: ({ question }, { random }) => {
    const [answer, sentiment] = random.pick(answers);
    return { question, answer, sentiment };
  },
});
