import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { addDays } from "../shared/add-days.js";
import { daysBetween } from "../shared/days-between.js";
import { percentage } from "../shared/percentage.js";
import { type SocialPlatform, socialPlatforms } from "./data/accounts.js";
import { requireAccount } from "./lookup.js";

const stepDays = { day: 1, week: 7, month: 30 } as const;

interface Args {
  username: string;
  platform: SocialPlatform;
  start_date: string;
  end_date: string;
  interval?: keyof typeof stepDays;
}

/** Follower counts of an account over a date range, ending at its current count. */
export const getFollowerGrowth = defineTool<Args>({
  name: "get_follower_growth",
  description:
    "Get an account's follower count over a date range at daily, weekly or 30-day intervals, ending at its current follower count on end_date. Returns the series, the net change and the growth over the period in percent (rounded to 2 decimals).",
  category: "Social",
  simulated: {
    covers:
      "the 16 fictional accounts of get_social_profile; history is synthesised backwards from today's count with small random daily growth, deterministic for the same account, end_date and seed (start_date and interval only choose which days to show)",
  },
  parameters: {
    type: "object",
    properties: {
      username: {
        type: "string",
        pattern: "^@?[A-Za-z0-9_.]{2,30}$",
        description: "The handle, e.g. 'gigglesquad'.",
      },
      platform: { type: "string", enum: [...socialPlatforms], description: "The social network." },
      start_date: { type: "string", format: "date", description: "First day of the range (YYYY-MM-DD)." },
      end_date: {
        type: "string",
        format: "date",
        description: "Last day of the range; at most 366 days after start_date.",
      },
      interval: {
        type: "string",
        enum: ["day", "week", "month"],
        default: "week",
        description: "Spacing of the points. Default 'week'.",
      },
    },
    required: ["username", "platform", "start_date", "end_date"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      username: { type: "string" },
      platform: { type: "string" },
      series: {
        type: "array",
        items: {
          type: "object",
          properties: {
            date: { type: "string", format: "date" },
            followers: { type: "integer", minimum: 0 },
          },
          required: ["date", "followers"],
          additionalProperties: false,
        },
      },
      net_change: { type: "integer" },
      growth_percent: { type: "number" },
    },
    required: ["username", "platform", "series", "net_change", "growth_percent"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        username: "gigglesquad",
        platform: "tiktok",
        start_date: "2024-01-01",
        end_date: "2024-01-29",
      },
      result: {
        username: "gigglesquad",
        platform: "tiktok",
        series: [
          { date: "2024-01-01", followers: 5030079 },
          { date: "2024-01-08", followers: 5073376 },
          { date: "2024-01-15", followers: 5131569 },
          { date: "2024-01-22", followers: 5164893 },
          { date: "2024-01-29", followers: 5230000 },
        ],
        net_change: 199921,
        growth_percent: 3.97,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        username: "gigglesquad",
        platform: "tiktok",
        start_date: "2024-02-01",
        end_date: "2024-01-01",
      },
      error: "end_date 2024-01-01 is before start_date 2024-02-01",
    },
    {
      arguments: {
        username: "gigglesquad",
        platform: "tiktok",
        start_date: "2022-01-01",
        end_date: "2024-01-01",
      },
      error: "at most 366 days",
    },
    {
      arguments: {
        username: "gigglesquad",
        platform: "tiktok",
        start_date: "2024-01-01",
        end_date: "2024-02-01",
        interval: "hour",
      },
      error: "$.interval must be one of",
    },
  ],
  run: ({ username, platform, start_date: start, end_date: end, interval = "week" }, { randomFor }) => {
    const { account, stats } = requireAccount(username, platform);
    const span = daysBetween(start, end);
    if (span < 0) {
      throw new ToolArgumentError({
        message: `end_date ${end} is before start_date ${start}`,
        argument: "end_date",
      });
    }
    if (span > 366) {
      throw new ToolArgumentError({
        message: `the range spans ${span} days; at most 366 days are available per request`,
        argument: "start_date",
      });
    }
    const random = randomFor(account.username, platform, end);
    const daily: number[] = [stats.followers];
    for (let day = 1; day <= span; day += 1) {
      const previous = daily[day - 1] ?? stats.followers;
      daily.push(Math.max(0, Math.round(previous / (1 + (random.next() * 0.004 - 0.0008)))));
    }
    daily.reverse();
    const series = [];
    for (let day = 0; day <= span; day += stepDays[interval]) {
      series.push({ date: addDays(start, day), followers: daily[day] ?? 0 });
    }
    if (series.at(-1)?.date !== end) {
      series.push({ date: end, followers: stats.followers });
    }
    const first = daily[0] ?? 0;
    return {
      username: account.username,
      platform,
      series,
      net_change: stats.followers - first,
      growth_percent: percentage(stats.followers - first, first),
    };
  },
});
