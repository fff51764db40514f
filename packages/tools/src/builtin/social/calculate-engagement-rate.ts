import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  likes: number;
  comments: number;
  shares?: number;
  saves?: number;
  followers?: number;
  impressions?: number;
}

/** Engagement rate of a post by followers or by impressions. */
export const calculateEngagementRate = defineTool<Args>({
  name: "calculate_engagement_rate",
  description:
    "Calculate a social post's engagement rate: total interactions (likes + comments + shares + saves) divided by followers, by impressions, or both. Returns the rates in percent rounded to 2 decimals and a benchmark label (low below 1%, average 1-3%, high 3-6%, viral above 6%, judged on the follower rate when given).",
  category: "Social",
  parameters: {
    type: "object",
    properties: {
      likes: { type: "integer", minimum: 0, description: "Number of likes or reactions." },
      comments: { type: "integer", minimum: 0, description: "Number of comments or replies." },
      shares: {
        type: "integer",
        minimum: 0,
        default: 0,
        description: "Shares, reposts or retweets. Default 0.",
      },
      saves: { type: "integer", minimum: 0, default: 0, description: "Saves or bookmarks. Default 0." },
      followers: {
        type: "integer",
        minimum: 1,
        description: "Follower count of the account when posted; give this, impressions, or both.",
      },
      impressions: {
        type: "integer",
        minimum: 1,
        description: "Times the post was shown; give this, followers, or both.",
      },
    },
    required: ["likes", "comments"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      interactions: { type: "integer", minimum: 0 },
      rate_by_followers: { type: "number", minimum: 0 },
      rate_by_impressions: { type: "number", minimum: 0 },
      benchmark: { type: "string", enum: ["low", "average", "high", "viral"] },
    },
    required: ["interactions", "benchmark"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { likes: 1200, comments: 85, shares: 40, followers: 25000 },
      result: { interactions: 1325, rate_by_followers: 5.3, benchmark: "high" },
    },
    {
      arguments: { likes: 90, comments: 4, saves: 6, followers: 12000, impressions: 4000 },
      result: { interactions: 100, rate_by_followers: 0.83, rate_by_impressions: 2.5, benchmark: "low" },
    },
  ],
  invalidExamples: [
    { arguments: { likes: 10, comments: 2 }, error: "give followers, impressions or both" },
    { arguments: { likes: -5, comments: 2, followers: 100 }, error: "$.likes must be >= 0" },
  ],
  run: ({ likes, comments, shares = 0, saves = 0, followers, impressions }) => {
    if (followers === undefined && impressions === undefined) {
      throw new ToolArgumentError({
        message: "a rate needs a denominator: give followers, impressions or both",
        argument: "followers",
      });
    }
    const interactions = likes + comments + shares + saves;
    const byFollowers =
      followers === undefined
        ? undefined
        : roundTo((interactions / followers) * 100, 2, { method: "decimal" });
    const byImpressions =
      impressions === undefined
        ? undefined
        : roundTo((interactions / impressions) * 100, 2, { method: "decimal" });
    const judged = byFollowers ?? byImpressions ?? 0;
    const benchmark = judged < 1 ? "low" : judged < 3 ? "average" : judged <= 6 ? "high" : "viral";
    return {
      interactions,
      ...(byFollowers === undefined ? {} : { rate_by_followers: byFollowers }),
      ...(byImpressions === undefined ? {} : { rate_by_impressions: byImpressions }),
      benchmark,
    };
  },
});
