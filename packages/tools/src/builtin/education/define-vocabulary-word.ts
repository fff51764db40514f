import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { vocabulary } from "./data/vocabulary.js";

/** A learner's dictionary entry. */
export const defineVocabularyWord = defineTool<{ word: string; include_example?: boolean }>({
  name: "define_vocabulary_word",
  description:
    "Look up an advanced English vocabulary word (SAT/GRE level) in a learner's dictionary. Returns its part of speech, a plain-English definition, synonyms, a difficulty level and, optionally, an example sentence.",
  category: "Education",
  parameters: {
    type: "object",
    properties: {
      word: {
        type: "string",
        pattern: "^[A-Za-z-]{2,30}$",
        description: "The word to define, e.g. 'ephemeral' (letters only, case-insensitive).",
      },
      include_example: {
        type: "boolean",
        default: true,
        description: "Whether to include an example sentence.",
      },
    },
    required: ["word"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      word: { type: "string" },
      part_of_speech: { type: "string", enum: ["noun", "verb", "adjective", "adverb"] },
      definition: { type: "string" },
      synonyms: { type: "array", items: { type: "string" } },
      level: { type: "string", enum: ["intermediate", "advanced", "expert"] },
      example: { type: "string" },
    },
    required: ["word", "part_of_speech", "definition", "synonyms", "level"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "A 40-word learner's dictionary of advanced English words (abate ... zealous) with definitions written for this package.",
  },
  examples: [
    {
      arguments: { word: "Ephemeral" },
      result: {
        word: "ephemeral",
        part_of_speech: "adjective",
        definition: "lasting for a very short time",
        synonyms: ["fleeting", "transient"],
        level: "advanced",
        example: "Fame on social media is often ephemeral.",
      },
    },
    {
      arguments: { word: "mitigate", include_example: false },
      result: {
        word: "mitigate",
        part_of_speech: "verb",
        definition: "to make something less severe, serious or painful",
        synonyms: ["reduce", "alleviate"],
        level: "intermediate",
      },
    },
  ],
  invalidExamples: [
    { arguments: { word: "serendipity" }, error: "'serendipity' is not in the dictionary" },
    { arguments: { word: "two words" }, error: "$.word must match pattern" },
  ],
  run: ({ word, include_example = true }) => {
    const wanted = word.toLowerCase();
    const found = vocabulary.find((item) => item.word === wanted);
    if (found === undefined) {
      const near = vocabulary.filter((item) => item.word[0] === wanted[0]).map((item) => item.word);
      throw new ToolArgumentError({
        message: `'${word}' is not in the dictionary; ${near.length > 0 ? `words starting with '${wanted[0]}': ${near.join(", ")}` : "try e.g. ubiquitous, pragmatic, resilient"}`,
        argument: "word",
      });
    }
    const { example, ...rest } = found;
    return include_example
      ? { ...rest, synonyms: [...rest.synonyms], example }
      : { ...rest, synonyms: [...rest.synonyms] };
  },
});
