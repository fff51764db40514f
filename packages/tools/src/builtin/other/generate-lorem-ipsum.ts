import { defineTool } from "../define-tool.js";

const vocabulary = (
  "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua " +
  "enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in " +
  "reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa " +
  "qui officia deserunt mollit anim id est laborum"
).split(" ");

/** Placeholder text in the classic lorem ipsum style. */
export const generateLoremIpsum = defineTool<{
  paragraphs?: number;
  sentences_per_paragraph?: number;
  start_with_lorem_ipsum?: boolean;
}>({
  name: "generate_lorem_ipsum",
  description:
    "Generate lorem ipsum placeholder text for mock-ups: paragraphs of pseudo-Latin sentences of 6 to 14 words. Returns the paragraphs and word counts; reproducible for the same seed and arguments.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      paragraphs: {
        type: "integer",
        minimum: 1,
        maximum: 20,
        default: 1,
        description: "Number of paragraphs. Default 1.",
      },
      sentences_per_paragraph: {
        type: "integer",
        minimum: 1,
        maximum: 15,
        default: 4,
        description: "Sentences in each paragraph. Default 4.",
      },
      start_with_lorem_ipsum: {
        type: "boolean",
        default: true,
        description: "Begin with the traditional 'Lorem ipsum dolor sit amet' opening. Default true.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      paragraphs: { type: "array", items: { type: "string" }, minItems: 1 },
      word_count: { type: "integer", minimum: 1 },
    },
    required: ["paragraphs", "word_count"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { paragraphs: 1, sentences_per_paragraph: 2 },
      result: {
        paragraphs: [
          "Lorem ipsum dolor sit amet, laboris et minim tempor commodo. Elit excepteur eiusmod in duis nisi pariatur velit.",
        ],
        word_count: 18,
      },
    },
  ],
  invalidExamples: [
    { arguments: { paragraphs: 0 }, error: "$.paragraphs must be >= 1" },
    { arguments: { paragraphs: 2, words: 50 }, error: "unknown argument 'words'" },
  ],
  run: ({ paragraphs = 1, sentences_per_paragraph = 4, start_with_lorem_ipsum = true }, { random }) => {
    let words = 0;
    const texts = Array.from({ length: paragraphs }, (_, p) =>
      Array.from({ length: sentences_per_paragraph }, (_, s) => {
        const length = random.int(6, 14);
        const picked = Array.from({ length }, () => random.pick(vocabulary));
        if (p === 0 && s === 0 && start_with_lorem_ipsum) {
          picked.splice(0, 5, "lorem", "ipsum", "dolor", "sit", "amet,");
        }
        words += picked.length;
        const sentence = picked.join(" ");
        return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
      }).join(" "),
    );
    return { paragraphs: texts, word_count: words };
  },
});
