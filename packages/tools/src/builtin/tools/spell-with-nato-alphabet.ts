import { defineTool } from "../define-tool.js";

const words: Record<string, string> = {
  A: "Alfa",
  B: "Bravo",
  C: "Charlie",
  D: "Delta",
  E: "Echo",
  F: "Foxtrot",
  G: "Golf",
  H: "Hotel",
  I: "India",
  J: "Juliett",
  K: "Kilo",
  L: "Lima",
  M: "Mike",
  N: "November",
  O: "Oscar",
  P: "Papa",
  Q: "Quebec",
  R: "Romeo",
  S: "Sierra",
  T: "Tango",
  U: "Uniform",
  V: "Victor",
  W: "Whiskey",
  X: "X-ray",
  Y: "Yankee",
  Z: "Zulu",
  "0": "Zero",
  "1": "One",
  "2": "Two",
  "3": "Three",
  "4": "Four",
  "5": "Five",
  "6": "Six",
  "7": "Seven",
  "8": "Eight",
  "9": "Niner",
  "-": "Dash",
  ".": "Stop",
};

/** Spells text letter by letter in the ICAO/NATO radiotelephony alphabet. */
export const spellWithNatoAlphabet = defineTool<{ text: string; separator?: string }>({
  name: "spell_with_nato_alphabet",
  description:
    "Spell text in the ICAO/NATO phonetic alphabet (Alfa, Bravo, ... Niner), for reading out booking codes, serial numbers or names. Returns the code words in order and one joined string; spaces become '(space)'.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      text: {
        type: "string",
        minLength: 1,
        maxLength: 200,
        pattern: "^[A-Za-z0-9 .-]+$",
        description: "Letters, digits, spaces, '-' and '.', e.g. 'QX7-42B'.",
      },
      separator: {
        type: "string",
        maxLength: 5,
        default: " ",
        description: "Text between code words in 'spoken'. Default ' '.",
      },
    },
    required: ["text"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      code_words: { type: "array", items: { type: "string" } },
      spoken: { type: "string" },
    },
    required: ["code_words", "spoken"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { text: "QX7-42b" },
      result: {
        code_words: ["Quebec", "X-ray", "Seven", "Dash", "Four", "Two", "Bravo"],
        spoken: "Quebec X-ray Seven Dash Four Two Bravo",
      },
    },
    {
      arguments: { text: "Al 9", separator: ", " },
      result: { code_words: ["Alfa", "Lima", "(space)", "Niner"], spoken: "Alfa, Lima, (space), Niner" },
    },
  ],
  invalidExamples: [
    { arguments: { text: "café" }, error: "$.text must match pattern" },
    { arguments: { text: "" }, error: "$.text must NOT have fewer than 1 characters" },
  ],
  run: ({ text, separator = " " }) => {
    const codeWords = [...text.toUpperCase()].map((char) => words[char] ?? "(space)");
    return { code_words: codeWords, spoken: codeWords.join(separator) };
  },
});
