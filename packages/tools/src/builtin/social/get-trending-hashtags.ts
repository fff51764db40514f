import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { postTemplates, type SocialPlatform, socialPlatforms } from "./data/accounts.js";

const allTags = [...new Set(Object.values(postTemplates).flatMap((t) => t.tags))];
const regions = ["global", "US", "GB", "IN", "BR", "DE", "FR", "JP", "MX", "NG", "KE", "AU"] as const;

/** The hashtags trending on a platform on a day, with simulated post volumes. */
export const getTrendingHashtags = defineTool<{
  platform: SocialPlatform;
  date: string;
  region?: string;
  limit?: number;
}>({
  name: "get_trending_hashtags",
  description:
    "List the hashtags trending on a social platform on a given day in a region, most used first. Returns each hashtag with its rank, post count that day and change versus the day before (percent, rounded to 1 decimal).",
  category: "Social",
  simulated: {
    covers:
      "48 evergreen hashtags across 12 topics (food, travel, tech, fitness, fashion, gaming, music, news, science, business, comedy, art); daily volumes are synthesised and deterministic for the same platform, date, region and seed (limit only shortens the list)",
  },
  parameters: {
    type: "object",
    properties: {
      platform: { type: "string", enum: [...socialPlatforms], description: "The social network." },
      date: { type: "string", format: "date", description: "The day (YYYY-MM-DD)." },
      region: {
        type: "string",
        enum: [...regions],
        default: "global",
        description: "ISO country code or 'global'. Default 'global'.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 25,
        default: 10,
        description: "Number of hashtags (1-25). Default 10.",
      },
    },
    required: ["platform", "date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      platform: { type: "string" },
      date: { type: "string", format: "date" },
      region: { type: "string" },
      trends: {
        type: "array",
        items: {
          type: "object",
          properties: {
            rank: { type: "integer", minimum: 1 },
            hashtag: { type: "string", pattern: "^#[a-z0-9]+$" },
            posts: { type: "integer", minimum: 0 },
            change_percent: { type: "number" },
          },
          required: ["rank", "hashtag", "posts", "change_percent"],
          additionalProperties: false,
        },
      },
    },
    required: ["platform", "date", "region", "trends"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { platform: "instagram", date: "2024-06-01", region: "BR", limit: 3 },
      result: {
        platform: "instagram",
        date: "2024-06-01",
        region: "BR",
        trends: [
          { rank: 1, hashtag: "#leadership", posts: 31888, change_percent: 57.2 },
          { rank: 2, hashtag: "#roadtrip", posts: 31422, change_percent: 90 },
          { rank: 3, hashtag: "#breaking", posts: 29672, change_percent: -33.9 },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { platform: "instagram", date: "2024-06-01", region: "Brazil" },
      error: "$.region must be one of",
    },
    { arguments: { platform: "instagram" }, error: "missing required argument 'date'" },
  ],
  run: ({ platform, date, region = "global", limit = 10 }, { randomFor }) => {
    const random = randomFor(platform, date, region);
    const scale = region === "global" ? 1 : 0.08;
    const trends = allTags
      .map((hashtag) => ({
        hashtag,
        posts: Math.round(random.int(2_000, 400_000) * scale * (platform === "linkedin" ? 0.2 : 1)),
        change_percent: roundTo(random.next() * 180 - 40, 1),
      }))
      .sort((a, b) => b.posts - a.posts || a.hashtag.localeCompare(b.hashtag))
      .slice(0, limit)
      .map((trend, index) => ({ rank: index + 1, ...trend }));
    return { platform, date, region, trends };
  },
});
