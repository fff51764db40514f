import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { addDays } from "../shared/add-days.js";
import { roundTo } from "../shared/round-to.js";
import { requireTvShow } from "./lookup.js";

interface Args {
  title: string;
  hours_per_day?: number;
  from_season?: number;
  playback_speed?: number;
  start_date?: string;
}

/** How long watching a series takes, in hours and in days at a daily pace. */
export const calculateBingeWatchTime = defineTool<Args>({
  name: "calculate_binge_watch_time",
  description:
    "Work out how long it takes to watch a finished TV series (from a given season to the end) at a daily viewing pace and playback speed. Returns the episodes left, total viewing hours (1 decimal), the days needed and, when a start date is given, the finish date.",
  category: "Entertainment",
  simulated: {
    covers:
      "the 16 series of get_tv_show_details; episodes are assumed evenly spread across seasons and of typical length",
  },
  parameters: {
    type: "object",
    properties: {
      title: { type: "string", minLength: 1, maxLength: 120, description: "Series title, e.g. 'The Wire'." },
      hours_per_day: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 24,
        default: 2,
        description: "Viewing hours per day. Default 2.",
      },
      from_season: {
        type: "integer",
        minimum: 1,
        default: 1,
        description: "Season to start from. Default 1.",
      },
      playback_speed: {
        type: "number",
        enum: [1, 1.25, 1.5, 2],
        default: 1,
        description: "Playback speed. Default 1.",
      },
      start_date: {
        type: "string",
        format: "date",
        description: "Optional first viewing day (YYYY-MM-DD) to get a finish date.",
      },
    },
    required: ["title"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      title: { type: "string" },
      episodes: { type: "integer", minimum: 1 },
      total_hours: { type: "number" },
      days_needed: { type: "integer", minimum: 1 },
      finish_date: { type: "string", format: "date" },
    },
    required: ["title", "episodes", "total_hours", "days_needed"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { title: "Breaking Bad", hours_per_day: 3, start_date: "2024-07-01" },
      result: {
        title: "Breaking Bad",
        episodes: 62,
        total_hours: 48.6,
        days_needed: 17,
        finish_date: "2024-07-17",
      },
    },
    {
      arguments: { title: "Friends", playback_speed: 1.5 },
      result: { title: "Friends", episodes: 236, total_hours: 57.7, days_needed: 29 },
    },
  ],
  invalidExamples: [
    { arguments: { title: "Fleabag", from_season: 3 }, error: "Fleabag has 2 seasons" },
    { arguments: { title: "Fleabag", hours_per_day: 25 }, error: "$.hours_per_day must be <= 24" },
  ],
  run: ({
    title,
    hours_per_day: perDay = 2,
    from_season: fromSeason = 1,
    playback_speed: speed = 1,
    start_date: start,
  }) => {
    const show = requireTvShow(title);
    if (fromSeason > show.seasons) {
      throw new ToolArgumentError({
        message: `${show.title} has ${show.seasons} seasons; from_season must be 1 to ${show.seasons}`,
        argument: "from_season",
      });
    }
    const episodes = Math.round((show.episodes * (show.seasons - fromSeason + 1)) / show.seasons);
    const hours = (episodes * show.typical_episode_minutes) / 60 / speed;
    const days = Math.max(1, Math.ceil(roundTo(hours / perDay, 6)));
    const result: Record<string, string | number> = {
      title: show.title,
      episodes,
      total_hours: roundTo(hours, 1),
      days_needed: days,
    };
    if (start !== undefined) {
      result.finish_date = addDays(start, days - 1);
    }
    return result;
  },
});
