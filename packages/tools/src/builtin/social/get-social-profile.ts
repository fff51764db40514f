import { defineTool } from "../define-tool.js";
import { accountCategories, type SocialPlatform, socialPlatforms } from "./data/accounts.js";
import { requireAccount } from "./lookup.js";

/** Public profile of an account on one platform. */
export const getSocialProfile = defineTool<{ username: string; platform: SocialPlatform }>({
  name: "get_social_profile",
  description:
    "Look up the public profile of a social media account on one platform. Returns display name, bio, category, country, verification, join date, follower, following and post counts, and the average engagement rate (percent of followers per post).",
  category: "Social",
  simulated: {
    covers:
      "16 fictional creator accounts (food, travel, tech, fitness, fashion, gaming, music, news, science, business, comedy, art) on X, Instagram, TikTok, LinkedIn, YouTube and Threads, with fixed profile numbers",
  },
  parameters: {
    type: "object",
    properties: {
      username: {
        type: "string",
        pattern: "^@?[A-Za-z0-9_.]{2,30}$",
        description: "The handle, with or without '@', e.g. 'chef_marisol'.",
      },
      platform: { type: "string", enum: [...socialPlatforms], description: "The social network." },
    },
    required: ["username", "platform"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      username: { type: "string" },
      platform: { type: "string", enum: [...socialPlatforms] },
      display_name: { type: "string" },
      bio: { type: "string" },
      category: { type: "string", enum: [...accountCategories] },
      country: { type: "string", pattern: "^[A-Z]{2}$" },
      verified: { type: "boolean" },
      joined: { type: "string", format: "date" },
      followers: { type: "integer", minimum: 0 },
      following: { type: "integer", minimum: 0 },
      posts: { type: "integer", minimum: 0 },
      engagement_rate: { type: "number", minimum: 0 },
      profile_url: { type: "string", format: "uri" },
    },
    required: [
      "username",
      "platform",
      "display_name",
      "bio",
      "category",
      "country",
      "verified",
      "joined",
      "followers",
      "following",
      "posts",
      "engagement_rate",
      "profile_url",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { username: "@chef_marisol", platform: "tiktok" },
      result: {
        username: "chef_marisol",
        platform: "tiktok",
        display_name: "Marisol Vega",
        bio: "Home cooking from Oaxaca to your kitchen. New recipe every Tuesday.",
        category: "food",
        country: "MX",
        verified: true,
        joined: "2014-05-12",
        followers: 2870000,
        following: 145,
        posts: 980,
        engagement_rate: 6.4,
        profile_url: "https://www.tiktok.com/@chef_marisol",
      },
    },
  ],
  invalidExamples: [
    { arguments: { username: "nobody_here", platform: "x" }, error: "unknown username 'nobody_here'" },
    {
      arguments: { username: "founder_finn", platform: "tiktok" },
      error: "founder_finn has no tiktok account; they are on linkedin, x",
    },
    { arguments: { username: "chef_marisol", platform: "myspace" }, error: "$.platform must be one of" },
  ],
  run: ({ username, platform }) => {
    const { account, stats } = requireAccount(username, platform);
    const urls: Record<SocialPlatform, string> = {
      x: `https://x.com/${account.username}`,
      instagram: `https://www.instagram.com/${account.username}/`,
      tiktok: `https://www.tiktok.com/@${account.username}`,
      linkedin: `https://www.linkedin.com/in/${account.username}`,
      youtube: `https://www.youtube.com/@${account.username}`,
      threads: `https://www.threads.net/@${account.username}`,
    };
    return {
      username: account.username,
      platform,
      display_name: account.display_name,
      bio: account.bio,
      category: account.category,
      country: account.country,
      verified: account.verified,
      joined: account.joined,
      ...stats,
      profile_url: urls[platform],
    };
  },
});
