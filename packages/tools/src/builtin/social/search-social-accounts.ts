import { defineTool } from "../define-tool.js";
import {
  type AccountCategory,
  accountCategories,
  type SocialPlatform,
  socialAccounts,
  socialPlatforms,
} from "./data/accounts.js";

interface Args {
  query?: string;
  category?: AccountCategory;
  platform?: SocialPlatform;
  min_followers?: number;
  verified_only?: boolean;
  limit?: number;
}

/** Finds accounts by keyword, category, platform and audience size. */
export const searchSocialAccounts = defineTool<Args>({
  name: "search_social_accounts",
  description:
    "Search creator accounts by keyword (matched against handle, display name and bio), category, platform, minimum follower count and verification. Returns matching accounts sorted by follower count (on the chosen platform, or summed across platforms), with their total reach.",
  category: "Social",
  simulated: {
    covers: "the 16 fictional creator accounts of get_social_profile; results are a fixed filter over them",
  },
  parameters: {
    type: "object",
    properties: {
      query: {
        type: "string",
        minLength: 2,
        maxLength: 50,
        description:
          "Keyword, case-insensitive, e.g. 'recipes' or 'kubernetes'; omit to match every account.",
      },
      category: {
        type: "string",
        enum: [...accountCategories],
        description: "Only accounts of this category; omit for all.",
      },
      platform: {
        type: "string",
        enum: [...socialPlatforms],
        description:
          "Only accounts present on this network, with followers counted there; omit to sum followers across networks.",
      },
      min_followers: {
        type: "integer",
        minimum: 0,
        default: 0,
        description: "Minimum followers. Default 0.",
      },
      verified_only: {
        type: "boolean",
        default: false,
        description: "Only verified accounts. Default false.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 16,
        default: 5,
        description: "Most results (1-16). Default 5.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_matches: { type: "integer", minimum: 0 },
      accounts: {
        type: "array",
        items: {
          type: "object",
          properties: {
            username: { type: "string" },
            display_name: { type: "string" },
            category: { type: "string" },
            verified: { type: "boolean" },
            followers: { type: "integer" },
            platforms: { type: "array", items: { type: "string", enum: [...socialPlatforms] } },
          },
          required: ["username", "display_name", "category", "verified", "followers", "platforms"],
          additionalProperties: false,
        },
      },
    },
    required: ["total_matches", "accounts"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { category: "fitness", platform: "instagram", limit: 1 },
      result: {
        total_matches: 2,
        accounts: [
          {
            username: "liftwithlena",
            display_name: "Lena Brandt",
            category: "fitness",
            verified: true,
            followers: 903000,
            platforms: ["instagram", "tiktok", "youtube"],
          },
        ],
      },
    },
    {
      arguments: { query: "kubernetes", limit: 1 },
      result: {
        total_matches: 1,
        accounts: [
          {
            username: "cloudnative_cat",
            display_name: "Catalina Ruiz",
            category: "tech",
            verified: true,
            followers: 441200,
            platforms: ["linkedin", "x", "youtube"],
          },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { category: "politics" }, error: "$.category must be one of" },
    { arguments: { min_followers: -1 }, error: "$.min_followers must be >= 0" },
  ],
  run: ({
    query,
    category,
    platform,
    min_followers: minFollowers = 0,
    verified_only: verifiedOnly = false,
    limit = 5,
  }) => {
    const needle = query?.toLowerCase();
    const matches = socialAccounts
      .map((account) => {
        const counted =
          platform === undefined ? Object.values(account.platforms) : [account.platforms[platform]];
        const followers = counted.reduce((sum, s) => sum + (s?.followers ?? 0), 0);
        return {
          account,
          followers,
          present: platform === undefined || account.platforms[platform] !== undefined,
        };
      })
      .filter(
        ({ account, followers, present }) =>
          present &&
          followers >= minFollowers &&
          (!verifiedOnly || account.verified) &&
          (category === undefined || account.category === category) &&
          (needle === undefined ||
            `${account.username} ${account.display_name} ${account.bio}`.toLowerCase().includes(needle)),
      )
      .sort((a, b) => b.followers - a.followers);
    return {
      total_matches: matches.length,
      accounts: matches.slice(0, limit).map(({ account, followers }) => ({
        username: account.username,
        display_name: account.display_name,
        category: account.category,
        verified: account.verified,
        followers,
        platforms: Object.keys(account.platforms),
      })),
    };
  },
});
