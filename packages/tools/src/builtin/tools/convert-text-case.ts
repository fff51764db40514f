import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

const cases = [
  "camel",
  "pascal",
  "snake",
  "constant",
  "kebab",
  "title",
  "sentence",
  "lower",
  "upper",
] as const;
type TextCase = (typeof cases)[number];

/** Splits identifiers and phrases into words: spaces, punctuation, '_' and '-', and camelCase humps. */
function splitWords(text: string): string[] {
  return text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function convert(words: string[], target: TextCase): string {
  const lower = words.map((w) => w.toLowerCase());
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  switch (target) {
    case "camel":
      return lower.map((w, i) => (i === 0 ? w : capital(w))).join("");
    case "pascal":
      return lower.map(capital).join("");
    case "snake":
      return lower.join("_");
    case "constant":
      return lower.join("_").toUpperCase();
    case "kebab":
      return lower.join("-");
    case "title":
      return lower.map(capital).join(" ");
    case "sentence":
      return capital(lower.join(" "));
    case "lower":
      return lower.join(" ");
    case "upper":
      return lower.join(" ").toUpperCase();
  }
}

/** Rewrites an identifier or phrase in another naming case. */
export const convertTextCase = defineTool<{ text: string; target_case: TextCase }>({
  name: "convert_text_case",
  description:
    "Convert an identifier or short phrase between naming conventions: camelCase, PascalCase, snake_case, CONSTANT_CASE, kebab-case, Title Case, Sentence case, lower or UPPER words. Words are split on spaces, punctuation, '_', '-' and case changes (so 'parseHTTPResponse' gives parse, http, response); returns the converted text and the words found.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      text: {
        type: "string",
        minLength: 1,
        maxLength: 500,
        description: "The identifier or phrase, e.g. 'userAccountID' or 'max retry count'.",
      },
      target_case: { type: "string", enum: [...cases], description: "The naming convention to convert to." },
    },
    required: ["text", "target_case"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      result: { type: "string" },
      words: { type: "array", items: { type: "string" }, minItems: 1 },
    },
    required: ["result", "words"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { text: "parseHTTPResponse", target_case: "snake" },
      result: { result: "parse_http_response", words: ["parse", "HTTP", "Response"] },
    },
    {
      arguments: { text: "max-retry count_v2", target_case: "camel" },
      result: { result: "maxRetryCountV2", words: ["max", "retry", "count", "v2"] },
    },
    {
      arguments: { text: "user_account_id", target_case: "title" },
      result: { result: "User Account Id", words: ["user", "account", "id"] },
    },
  ],
  invalidExamples: [
    { arguments: { text: "--- ___", target_case: "snake" }, error: "has no letters or digits" },
    { arguments: { text: "hello world", target_case: "spongebob" }, error: "$.target_case must be one of" },
  ],
  run: ({ text, target_case: target }) => {
    const words = splitWords(text);
    if (words.length === 0) {
      throw new ToolArgumentError({
        message: `'${text}' has no letters or digits to convert`,
        argument: "text",
      });
    }
    return { result: convert(words, target), words };
  },
});
