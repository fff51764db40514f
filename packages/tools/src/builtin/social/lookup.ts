import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import {
  findAccount,
  type PlatformStats,
  type SocialAccount,
  type SocialPlatform,
  sampleUsernames,
} from "./data/accounts.js";

/** The account and its stats on a platform, or a ToolArgumentError a model can act on. */
export function requireAccount(
  username: string,
  platform: SocialPlatform,
): { account: SocialAccount; stats: PlatformStats } {
  const account = findAccount(username);
  if (account === undefined) {
    throw new ToolArgumentError({
      message: `unknown username '${username}'; known accounts include ${sampleUsernames} (use search_social_accounts to find more)`,
      argument: "username",
    });
  }
  const stats = account.platforms[platform];
  if (stats === undefined) {
    throw new ToolArgumentError({
      message: `${account.username} has no ${platform} account; they are on ${Object.keys(account.platforms).join(", ")}`,
      argument: "platform",
    });
  }
  return { account, stats };
}
