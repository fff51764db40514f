import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { addDays } from "../shared/add-days.js";
import { daysBetween } from "../shared/days-between.js";
import { postTemplates, type SocialPlatform, socialPlatforms } from "./data/accounts.js";
import { requireAccount } from "./lookup.js";

/** The latest posts of an account up to a date, with their engagement counts. */
export const getUserRecentPosts = defineTool<{
  username: string;
  platform: SocialPlatform;
  as_of: string;
  limit?: number;
}>({
  name: "get_user_recent_posts",
  description:
    "Fetch the most recent posts an account published on a platform up to and including a given date, newest first. Returns each post's id, date, text, hashtags and like, comment and share counts.",
  category: "Social",
  simulated: {
    covers:
      "posts of the 16 fictional accounts of get_social_profile, synthesised from per-category templates with engagement drawn around each account's average rate; deterministic for the same account, as_of date and seed (limit only shortens the list)",
  },
  parameters: {
    type: "object",
    properties: {
      username: {
        type: "string",
        pattern: "^@?[A-Za-z0-9_.]{2,30}$",
        description: "The handle, e.g. 'pixelpaladin'.",
      },
      platform: { type: "string", enum: [...socialPlatforms], description: "The social network." },
      as_of: {
        type: "string",
        format: "date",
        description: "Latest date to include (YYYY-MM-DD); posts are from this day or before.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 20,
        default: 5,
        description: "Number of posts (1-20). Default 5.",
      },
    },
    required: ["username", "platform", "as_of"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      username: { type: "string" },
      platform: { type: "string" },
      posts: {
        type: "array",
        items: {
          type: "object",
          properties: {
            post_id: { type: "string" },
            date: { type: "string", format: "date" },
            text: { type: "string" },
            hashtags: { type: "array", items: { type: "string" } },
            likes: { type: "integer", minimum: 0 },
            comments: { type: "integer", minimum: 0 },
            shares: { type: "integer", minimum: 0 },
          },
          required: ["post_id", "date", "text", "hashtags", "likes", "comments", "shares"],
          additionalProperties: false,
        },
      },
    },
    required: ["username", "platform", "posts"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { username: "astro_amara", platform: "x", as_of: "2024-05-20", limit: 2 },
      result: {
        username: "astro_amara",
        platform: "x",
        posts: [
          {
            post_id: "x_astro_amara_20240520_874",
            date: "2024-05-20",
            text: "Why black holes are not actually holes #space",
            hashtags: ["#space"],
            likes: 9048,
            comments: 810,
            shares: 676,
          },
          {
            post_id: "x_astro_amara_20240520_585",
            date: "2024-05-20",
            text: "Answering your questions about dark matter #physics",
            hashtags: ["#physics"],
            likes: 8026,
            comments: 573,
            shares: 176,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { username: "astro_amara", platform: "linkedin", as_of: "2024-05-20" },
      error: "astro_amara has no linkedin account",
    },
    {
      arguments: { username: "astro_amara", platform: "x", as_of: "2010-01-01" },
      error: "before astro_amara joined",
    },
    {
      arguments: { username: "astro_amara", platform: "x", as_of: "20-05-2024" },
      error: '$.as_of must match format "date"',
    },
  ],
  run: ({ username, platform, as_of: asOf, limit = 5 }, { randomFor }) => {
    const { account, stats } = requireAccount(username, platform);
    if (asOf < account.joined) {
      throw new ToolArgumentError({
        message: `as_of ${asOf} is before ${account.username} joined (${account.joined})`,
        argument: "as_of",
      });
    }
    const random = randomFor(account.username, platform, asOf);
    const templates = postTemplates[account.category];
    const perDay = stats.posts / Math.max(1, daysBetween(account.joined, asOf));
    const posts = [];
    let offset = 0;
    for (let i = 0; i < Math.min(limit, stats.posts); i += 1) {
      const date = addDays(asOf, -offset);
      if (date < account.joined) {
        break;
      }
      const tag = random.pick(templates.tags);
      const engaged = Math.round(stats.followers * (stats.engagement_rate / 100) * (0.5 + random.next()));
      const comments = Math.round(engaged * (0.03 + random.next() * 0.05));
      const shares = Math.round(engaged * (0.02 + random.next() * 0.08));
      posts.push({
        post_id: `${platform}_${account.username}_${date.replace(/-/g, "")}_${random.int(100, 999)}`,
        date,
        text: random.pick(templates.texts).replace("{tag}", tag),
        hashtags: [tag],
        likes: Math.max(0, engaged - comments - shares),
        comments,
        shares,
      });
      offset += Math.max(0, Math.round((random.next() * 2) / Math.max(perDay, 0.05)));
    }
    return { username: account.username, platform, posts };
  },
});
