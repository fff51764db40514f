import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { foldText } from "../shared/fold-text.js";
import { slangTerms } from "./data/slang-terms.js";

/** The definition of a slang term (BFCL's `find_term_on_urban_dictionary`). */
export const findTermOnUrbanDictionary = defineTool<{ term: string }>({
  name: "find_term_on_urban_dictionary",
  description:
    "Finds the top definition of a slang or internet term, in the style of Urban Dictionary: the term, its definition and an example of use. Matching ignores case.",
  category: "Social",
  simulated: {
    covers: `${Object.keys(slangTerms).length} common slang and internet terms (lit, flex, savage, yolo, goat, sus, no cap, ...) with definitions written for this library, not Urban Dictionary's`,
  },
  parameters: {
    type: "object",
    properties: {
      term: {
        type: "string",
        minLength: 1,
        maxLength: 100,
        description: "The term to find the definition of.",
      },
    },
    required: ["term"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { term: { type: "string" }, definition: { type: "string" }, example: { type: "string" } },
    required: ["term", "definition", "example"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { term: "Lit" },
      result: {
        term: "lit",
        definition: "Exciting, excellent or full of energy; also, drunk.",
        example: "That concert was lit.",
      },
    },
  ],
  invalidExamples: [
    { arguments: { term: "florp" }, error: "no definition of 'florp'" },
    { arguments: { term: "" }, error: "$.term must NOT have fewer than 1 characters" },
  ],
  run: ({ term }) => {
    const key = foldText(term).trim().replace(/\s+/g, " ");
    const entry = slangTerms[key];
    if (entry === undefined) {
      throw new ToolArgumentError({
        message: `no definition of '${term}'; defined terms include ${Object.keys(slangTerms).slice(0, 8).join(", ")}`,
        argument: "term",
      });
    }
    return { term: key, ...entry };
  },
});
