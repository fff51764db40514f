import type { BuiltinTool } from "../define-tool.js";
import { calculateEngagementRate } from "./calculate-engagement-rate.js";
import { checkPostLength } from "./check-post-length.js";
import { compareSocialAccounts } from "./compare-social-accounts.js";
import { extractHashtagsAndMentions } from "./extract-hashtags-and-mentions.js";
import { findTermOnUrbanDictionary } from "./find-term-on-urban-dictionary.js";
import { getFollowerGrowth } from "./get-follower-growth.js";
import { getSocialProfile } from "./get-social-profile.js";
import { getTrendingHashtags } from "./get-trending-hashtags.js";
import { getUserRecentPosts } from "./get-user-recent-posts.js";
import { scheduleSocialPost } from "./schedule-social-post.js";
import { scorePostSentiment } from "./score-post-sentiment.js";
import { searchSocialAccounts } from "./search-social-accounts.js";

/** Built-in tools of the Social category. */
export const socialTools: readonly BuiltinTool[] = [
  getSocialProfile,
  getUserRecentPosts,
  searchSocialAccounts,
  getTrendingHashtags,
  getFollowerGrowth,
  compareSocialAccounts,
  calculateEngagementRate,
  checkPostLength,
  extractHashtagsAndMentions,
  scorePostSentiment,
  scheduleSocialPost,
  // BFCL's executable functions, under their BFCL names and parameters
  findTermOnUrbanDictionary,
];
