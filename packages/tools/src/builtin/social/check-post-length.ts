import { defineTool } from "../define-tool.js";

const limits = {
  x: { characters: 280, hashtags: undefined },
  threads: { characters: 500, hashtags: undefined },
  bluesky: { characters: 300, hashtags: undefined },
  mastodon: { characters: 500, hashtags: undefined },
  instagram: { characters: 2200, hashtags: 30 },
  linkedin: { characters: 3000, hashtags: undefined },
} as const;
type Platform = keyof typeof limits;
const urlPattern = /https?:\/\/\S+/g;

/** Whether a draft fits a platform's length limit, counted the way the platform counts. */
export const checkPostLength = defineTool<{ text: string; platform: Platform }>({
  name: "check_post_length",
  description:
    "Check whether a draft post fits a platform's character limit (X 280, Bluesky 300, Threads 500, Mastodon 500, Instagram caption 2,200 with at most 30 hashtags, LinkedIn 3,000). Counts Unicode characters, with every URL counted as 23 on X and Mastodon; returns the count, the limit, characters remaining (negative when over) and whether it fits.",
  category: "Social",
  parameters: {
    type: "object",
    properties: {
      text: { type: "string", minLength: 1, maxLength: 10000, description: "The draft post." },
      platform: { type: "string", enum: Object.keys(limits), description: "The platform to check against." },
    },
    required: ["text", "platform"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      platform: { type: "string" },
      counted_length: { type: "integer", minimum: 0 },
      limit: { type: "integer" },
      remaining: { type: "integer" },
      hashtag_count: { type: "integer", minimum: 0 },
      fits: { type: "boolean" },
      problems: { type: "array", items: { type: "string" } },
    },
    required: ["platform", "counted_length", "limit", "remaining", "hashtag_count", "fits", "problems"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        text: "Just shipped v2.0 🚀 notes: https://example.com/blog/2024/release-notes-for-version-two #release",
        platform: "x",
      },
      result: {
        platform: "x",
        counted_length: 59,
        limit: 280,
        remaining: 221,
        hashtag_count: 1,
        fits: true,
        problems: [],
      },
    },
    {
      arguments: { text: "a".repeat(310), platform: "bluesky" },
      result: {
        platform: "bluesky",
        counted_length: 310,
        limit: 300,
        remaining: -10,
        hashtag_count: 0,
        fits: false,
        problems: ["10 characters over the 300-character limit"],
      },
    },
  ],
  invalidExamples: [
    { arguments: { text: "hello", platform: "facebook" }, error: "$.platform must be one of" },
    { arguments: { text: "", platform: "x" }, error: "$.text must NOT have fewer than 1 characters" },
  ],
  run: ({ text, platform }) => {
    const limit = limits[platform];
    const shortened =
      platform === "x" || platform === "mastodon" ? text.replace(urlPattern, "x".repeat(23)) : text;
    const counted = [...shortened].length;
    const hashtags = text.match(/(^|\s)#[\p{L}\p{N}_]+/gu)?.length ?? 0;
    const problems: string[] = [];
    if (counted > limit.characters) {
      problems.push(`${counted - limit.characters} characters over the ${limit.characters}-character limit`);
    }
    if (limit.hashtags !== undefined && hashtags > limit.hashtags) {
      problems.push(`${hashtags} hashtags; at most ${limit.hashtags} are allowed`);
    }
    return {
      platform,
      counted_length: counted,
      limit: limit.characters,
      remaining: limit.characters - counted,
      hashtag_count: hashtags,
      fits: problems.length === 0,
      problems,
    };
  },
});
