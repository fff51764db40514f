import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** Runs a JavaScript regular expression over a text and lists the matches with their groups. */
export const testRegexPattern = defineTool<{
  pattern: string;
  text: string;
  flags?: string;
  max_matches?: number;
}>({
  name: "test_regex_pattern",
  description:
    "Test a JavaScript (ECMAScript) regular expression against a text. Returns whether it matches, the total match count, and up to max_matches matches with their index, numbered capture groups and named groups.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      pattern: {
        type: "string",
        minLength: 1,
        maxLength: 500,
        description: "The pattern without slashes, e.g. '(\\d{3})-(\\d{4})'.",
      },
      text: { type: "string", maxLength: 10000, description: "The text to search." },
      flags: {
        type: "string",
        pattern: "^[imsu]*$",
        default: "",
        description:
          "Flags among i (ignore case), m (multiline), s (dot matches newline), u (unicode); 'g' is implied. Default ''.",
      },
      max_matches: {
        type: "integer",
        minimum: 1,
        maximum: 100,
        default: 20,
        description: "Most matches listed. Default 20.",
      },
    },
    required: ["pattern", "text"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      matched: { type: "boolean" },
      match_count: { type: "integer", minimum: 0 },
      matches: {
        type: "array",
        items: {
          type: "object",
          properties: {
            match: { type: "string" },
            index: { type: "integer", minimum: 0 },
            groups: {
              type: "array",
              description: "Capture groups that took part in the match, by number.",
              items: {
                type: "object",
                properties: { group: { type: "integer", minimum: 1 }, value: { type: "string" } },
                required: ["group", "value"],
                additionalProperties: false,
              },
            },
            named_groups: { type: "object", additionalProperties: { type: "string" } },
          },
          required: ["match", "index", "groups", "named_groups"],
          additionalProperties: false,
        },
      },
    },
    required: ["matched", "match_count", "matches"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { pattern: "(\\d{3})-(?<line>\\d{4})", text: "Call 555-1234 or 555-9876." },
      result: {
        matched: true,
        match_count: 2,
        matches: [
          {
            match: "555-1234",
            index: 5,
            groups: [
              { group: 1, value: "555" },
              { group: 2, value: "1234" },
            ],
            named_groups: { line: "1234" },
          },
          {
            match: "555-9876",
            index: 17,
            groups: [
              { group: 1, value: "555" },
              { group: 2, value: "9876" },
            ],
            named_groups: { line: "9876" },
          },
        ],
      },
    },
    {
      arguments: { pattern: "^cat", text: "Dog\ncat", flags: "i" },
      result: { matched: false, match_count: 0, matches: [] },
    },
  ],
  invalidExamples: [
    { arguments: { pattern: "([a-z]+", text: "abc" }, error: "invalid regular expression" },
    { arguments: { pattern: "a", text: "abc", flags: "gx" }, error: "$.flags must match pattern" },
  ],
  run: ({ pattern, text, flags = "", max_matches: maxMatches = 20 }) => {
    let regex: RegExp;
    try {
      regex = new RegExp(pattern, `${flags}g`);
    } catch (error) {
      throw new ToolArgumentError({
        message: `invalid regular expression: ${error instanceof Error ? error.message : String(error)}`,
        argument: "pattern",
      });
    }
    const all = [...text.matchAll(regex)];
    const matches = all.slice(0, maxMatches).map((m) => ({
      match: m[0],
      index: m.index ?? 0,
      groups: m
        .slice(1)
        .map((value, i) => ({ group: i + 1, value }))
        .filter((g): g is { group: number; value: string } => g.value !== undefined),
      named_groups: Object.fromEntries(
        Object.entries(m.groups ?? {}).filter(([, value]) => value !== undefined),
      ) as Record<string, string>,
    }));
    return { matched: all.length > 0, match_count: all.length, matches };
  },
});
