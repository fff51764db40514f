import { defineTool } from "../define-tool.js";

const unique = (items: string[], caseSensitive: boolean) => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = caseSensitive ? item : item.toLowerCase();
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
};

/** Pulls hashtags, @mentions and links out of a post. */
export const extractHashtagsAndMentions = defineTool<{ text: string; deduplicate?: boolean }>({
  name: "extract_hashtags_and_mentions",
  description:
    "Extract the hashtags, @mentions and URLs from a social media post in order of appearance. Hashtags keep their case (duplicates are compared case-insensitively); returns the three lists and their counts.",
  category: "Social",
  parameters: {
    type: "object",
    properties: {
      text: { type: "string", minLength: 1, maxLength: 10000, description: "The post text." },
      deduplicate: {
        type: "boolean",
        default: true,
        description: "Keep only the first occurrence of each item. Default true.",
      },
    },
    required: ["text"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      hashtags: { type: "array", items: { type: "string", pattern: "^#" } },
      mentions: { type: "array", items: { type: "string", pattern: "^@" } },
      urls: { type: "array", items: { type: "string" } },
      counts: {
        type: "object",
        properties: {
          hashtags: { type: "integer" },
          mentions: { type: "integer" },
          urls: { type: "integer" },
        },
        required: ["hashtags", "mentions", "urls"],
        additionalProperties: false,
      },
    },
    required: ["hashtags", "mentions", "urls", "counts"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        text: "Loved the keynote by @astro_amara! #SpaceWeek #science #spaceweek see https://example.org/talk. cc @devon_codes",
      },
      result: {
        hashtags: ["#SpaceWeek", "#science"],
        mentions: ["@astro_amara", "@devon_codes"],
        urls: ["https://example.org/talk"],
        counts: { hashtags: 2, mentions: 2, urls: 1 },
      },
    },
    {
      arguments: { text: "#a #A email me at bob@example.com", deduplicate: false },
      result: {
        hashtags: ["#a", "#A"],
        mentions: [],
        urls: [],
        counts: { hashtags: 2, mentions: 0, urls: 0 },
      },
    },
  ],
  invalidExamples: [
    { arguments: { text: "" }, error: "$.text must NOT have fewer than 1 characters" },
    { arguments: { text: "#hi", deduplicate: "yes" }, error: "$.deduplicate must be boolean" },
  ],
  run: ({ text, deduplicate = true }) => {
    const urls = [...text.matchAll(/https?:\/\/[^\s]+?(?=[.,!?;:)]*(\s|$))/g)].map((m) => m[0]);
    const withoutUrls = text.replace(/https?:\/\/\S+/g, " ");
    let hashtags = [...withoutUrls.matchAll(/(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu)].map(
      (m) => `#${m[1]}`,
    );
    let mentions = [...withoutUrls.matchAll(/(?<![\p{L}\p{N}_.])@([A-Za-z0-9_]{1,30})/gu)].map(
      (m) => `@${m[1]}`,
    );
    let links = urls;
    if (deduplicate) {
      hashtags = unique(hashtags, false);
      mentions = unique(mentions, false);
      links = unique(urls, true);
    }
    return {
      hashtags,
      mentions,
      urls: links,
      counts: { hashtags: hashtags.length, mentions: mentions.length, urls: links.length },
    };
  },
});
