import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { findDuplicate } from "../shared/find-duplicate.js";
import { roundTo } from "../shared/round-to.js";
import { type SocialPlatform, socialPlatforms } from "./data/accounts.js";
import { requireAccount } from "./lookup.js";

/** Side-by-side ranking of accounts on one platform. */
export const compareSocialAccounts = defineTool<{
  usernames: string[];
  platform: SocialPlatform;
  rank_by?: string;
}>({
  name: "compare_social_accounts",
  description:
    "Compare 2 to 5 accounts on one platform by followers, engagement rate or expected interactions per post (followers x engagement rate). Returns the accounts ranked by the chosen metric with all three metrics, expected interactions rounded to whole numbers.",
  category: "Social",
  simulated: { covers: "the 16 fictional accounts of get_social_profile and their fixed profile numbers" },
  parameters: {
    type: "object",
    properties: {
      usernames: {
        type: "array",
        items: { type: "string", pattern: "^@?[A-Za-z0-9_.]{2,30}$" },
        minItems: 2,
        maxItems: 5,
        uniqueItems: true,
        description: "Handles to compare, e.g. ['liftwithlena', 'trailrunner_ravi'].",
      },
      platform: {
        type: "string",
        enum: [...socialPlatforms],
        description: "The network on which to compare them; each must be on it.",
      },
      rank_by: {
        type: "string",
        enum: ["followers", "engagement_rate", "expected_interactions"],
        default: "expected_interactions",
        description: "Ranking metric. Default 'expected_interactions'.",
      },
    },
    required: ["usernames", "platform"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      platform: { type: "string" },
      rank_by: { type: "string" },
      ranking: {
        type: "array",
        items: {
          type: "object",
          properties: {
            rank: { type: "integer", minimum: 1 },
            username: { type: "string" },
            followers: { type: "integer" },
            engagement_rate: { type: "number" },
            expected_interactions: { type: "integer" },
          },
          required: ["rank", "username", "followers", "engagement_rate", "expected_interactions"],
          additionalProperties: false,
        },
      },
    },
    required: ["platform", "rank_by", "ranking"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        usernames: ["liftwithlena", "trailrunner_ravi", "chef_marisol"],
        platform: "instagram",
        rank_by: "engagement_rate",
      },
      result: {
        platform: "instagram",
        rank_by: "engagement_rate",
        ranking: [
          {
            rank: 1,
            username: "liftwithlena",
            followers: 903000,
            engagement_rate: 4.2,
            expected_interactions: 37926,
          },
          {
            rank: 2,
            username: "trailrunner_ravi",
            followers: 157000,
            engagement_rate: 3.7,
            expected_interactions: 5809,
          },
          {
            rank: 3,
            username: "chef_marisol",
            followers: 1240000,
            engagement_rate: 3.1,
            expected_interactions: 38440,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { usernames: ["liftwithlena", "@LiftWithLena"], platform: "instagram" },
      error: "liftwithlena is listed twice",
    },
    {
      arguments: { usernames: ["liftwithlena", "founder_finn"], platform: "instagram" },
      error: "founder_finn has no instagram account",
    },
    {
      arguments: { usernames: ["liftwithlena"], platform: "instagram" },
      error: "$.usernames must NOT have fewer than 2 items",
    },
  ],
  run: ({ usernames, platform, rank_by: rankBy = "expected_interactions" }) => {
    const rows = usernames.map((username) => {
      const { account, stats } = requireAccount(username, platform);
      return {
        username: account.username,
        followers: stats.followers,
        engagement_rate: stats.engagement_rate,
        expected_interactions: Math.round(
          roundTo((stats.followers * stats.engagement_rate) / 100, 6, { method: "decimal" }),
        ),
      };
    });
    const duplicate = findDuplicate(rows, (row) => row.username);
    if (duplicate !== undefined) {
      throw new ToolArgumentError({
        message: `${duplicate.username} is listed twice; give each account once`,
        argument: "usernames",
      });
    }
    const key = rankBy as "followers" | "engagement_rate" | "expected_interactions";
    rows.sort((a, b) => b[key] - a[key] || a.username.localeCompare(b.username));
    return { platform, rank_by: rankBy, ranking: rows.map((row, index) => ({ rank: index + 1, ...row })) };
  },
});
