import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { morseCode } from "./morse.js";

const decodeTable = new Map(Object.entries(morseCode).map(([char, code]) => [code, char]));

/** Encodes text to International Morse code or decodes it back. */
export const translateMorseCode = defineTool<{ text: string; direction?: "encode" | "decode" }>({
  name: "translate_morse_code",
  description:
    "Encode text as International Morse code or decode Morse back to text. Morse letters are separated by single spaces and words by ' / '. Returns the translation and the number of characters translated.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      text: {
        type: "string",
        minLength: 1,
        maxLength: 2000,
        description:
          "Plain text to encode (letters, digits, common punctuation), or Morse such as '... --- ...' to decode.",
      },
      direction: {
        type: "string",
        enum: ["encode", "decode"],
        default: "encode",
        description: "'encode' text to Morse or 'decode' Morse to text. Default 'encode'.",
      },
    },
    required: ["text"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      direction: { type: "string", enum: ["encode", "decode"] },
      output: { type: "string" },
      characters: { type: "integer", minimum: 0 },
    },
    required: ["direction", "output", "characters"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { text: "SOS" }, result: { direction: "encode", output: "... --- ...", characters: 3 } },
    {
      arguments: { text: "Hi 5", direction: "encode" },
      result: { direction: "encode", output: ".... .. / .....", characters: 3 },
    },
    {
      arguments: { text: ".... . .-.. .-.. --- / .-- --- .-. .-.. -..", direction: "decode" },
      result: { direction: "decode", output: "HELLO WORLD", characters: 10 },
    },
  ],
  invalidExamples: [
    { arguments: { text: "   " }, error: "text is blank" },
    { arguments: { text: "naïve" }, error: "'Ï' has no Morse code" },
    { arguments: { text: "...---...", direction: "decode" }, error: "'...---...' is not a Morse code" },
    { arguments: { text: "SOS", direction: "reverse" }, error: "$.direction must be one of" },
  ],
  run: ({ text, direction = "encode" }) => {
    if (text.trim() === "") {
      throw new ToolArgumentError({
        message: "text is blank: give letters, digits or Morse symbols to translate",
        argument: "text",
      });
    }
    if (direction === "decode") {
      let characters = 0;
      const words = text
        .trim()
        .split(/\s*\/\s*/)
        .map((word) =>
          word
            .split(/\s+/)
            .filter(Boolean)
            .map((code) => {
              const char = decodeTable.get(code);
              if (char === undefined) {
                throw new ToolArgumentError({
                  message: `'${code}' is not a Morse code; separate letters with spaces and words with ' / ' (e.g. '... --- ...')`,
                  argument: "text",
                });
              }
              characters += 1;
              return char;
            })
            .join(""),
        );
      return { direction, output: words.join(" "), characters };
    }
    let characters = 0;
    const words = text
      .trim()
      .toUpperCase()
      .split(/\s+/)
      .map((word) =>
        [...word]
          .map((char) => {
            const code = morseCode[char];
            if (code === undefined) {
              throw new ToolArgumentError({
                message: `'${char}' has no Morse code; use letters A-Z, digits and . , ? ' ! / ( ) & : ; = + - " @`,
                argument: "text",
              });
            }
            characters += 1;
            return code;
          })
          .join(" "),
      );
    return { direction, output: words.join(" / "), characters };
  },
});
