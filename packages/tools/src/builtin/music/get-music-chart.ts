import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { weekdayOf } from "../shared/weekday-of.js";
import { songGenres, songs } from "./data/songs.js";

/** A weekly streaming chart. */
export const getMusicChart = defineTool<{ week_of: string; genre?: string; limit?: number }>({
  name: "get_music_chart",
  description:
    "Get the weekly streaming chart for the week (Monday to Sunday) containing a date, optionally for one genre. Returns the chart's Monday, and for each position the song, artist, weekly streams, last week's position (null for a new entry) and weeks on the chart.",
  category: "Music",
  parameters: {
    type: "object",
    properties: {
      week_of: {
        type: "string",
        format: "date",
        description: "Any date in the wanted chart week (YYYY-MM-DD), 2015-01-05 or later.",
      },
      genre: { type: "string", enum: songGenres, description: "Restrict the chart to one genre." },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 20,
        default: 10,
        description: "Number of chart positions.",
      },
    },
    required: ["week_of"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      chart_week: { type: "string", format: "date" },
      genre: { type: ["string", "null"] },
      entries: {
        type: "array",
        items: {
          type: "object",
          properties: {
            rank: { type: "integer", minimum: 1 },
            title: { type: "string" },
            artist: { type: "string" },
            weekly_streams: { type: "integer", minimum: 0 },
            last_week_rank: { type: ["integer", "null"], minimum: 1 },
            weeks_on_chart: { type: "integer", minimum: 1 },
          },
          required: ["rank", "title", "artist", "weekly_streams", "last_week_rank", "weeks_on_chart"],
          additionalProperties: false,
        },
      },
    },
    required: ["chart_week", "genre", "entries"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "Weekly charts from 2015-01-05 on, synthesised over a 42-song catalogue (10 genres); deterministic for the same week and seed (genre and limit only filter that week's chart).",
  },
  examples: [
    {
      arguments: { week_of: "2024-03-14", limit: 3 },
      result: {
        chart_week: "2024-03-11",
        genre: null,
        entries: [
          {
            rank: 1,
            title: "Come Together",
            artist: "The Beatles",
            weekly_streams: 48391357,
            last_week_rank: 16,
            weeks_on_chart: 2,
          },
          {
            rank: 2,
            title: "So What",
            artist: "Miles Davis",
            weekly_streams: 48075939,
            last_week_rank: 5,
            weeks_on_chart: 46,
          },
          {
            rank: 3,
            title: "Anti-Hero",
            artist: "Taylor Swift",
            weekly_streams: 47748322,
            last_week_rank: 9,
            weeks_on_chart: 28,
          },
        ],
      },
    },
    {
      arguments: { week_of: "2023-07-03", genre: "rock", limit: 5 },
      result: {
        chart_week: "2023-07-03",
        genre: "rock",
        entries: [
          {
            rank: 1,
            title: "Clocks",
            artist: "Coldplay",
            weekly_streams: 48448104,
            last_week_rank: 1,
            weeks_on_chart: 12,
          },
          {
            rank: 2,
            title: "Wish You Were Here",
            artist: "Pink Floyd",
            weekly_streams: 47442638,
            last_week_rank: null,
            weeks_on_chart: 1,
          },
          {
            rank: 3,
            title: "Come Together",
            artist: "The Beatles",
            weekly_streams: 40953485,
            last_week_rank: 2,
            weeks_on_chart: 49,
          },
          {
            rank: 4,
            title: "Paranoid Android",
            artist: "Radiohead",
            weekly_streams: 40230584,
            last_week_rank: 3,
            weeks_on_chart: 23,
          },
          {
            rank: 5,
            title: "Karma Police",
            artist: "Radiohead",
            weekly_streams: 34062192,
            last_week_rank: 5,
            weeks_on_chart: 8,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { week_of: "2010-06-01" }, error: "charts start with the week of 2015-01-05" },
    { arguments: { week_of: "2024-02-30" }, error: '$.week_of must match format "date"' },
  ],
  run: ({ week_of, genre, limit = 10 }, { randomFor }) => {
    const day = toDayNumber(week_of);
    if (day < toDayNumber("2015-01-05")) {
      throw new ToolArgumentError({
        message: `no chart for ${week_of}: charts start with the week of 2015-01-05`,
        argument: "week_of",
      });
    }
    const monday = fromDayNumber(day - ((weekdayOf(day) + 6) % 7));
    const random = randomFor(monday);
    const week = songs.map((song) => {
      const streams = Math.round(2_000_000 + random.next() * 48_000_000);
      return {
        song,
        streams,
        lastWeek: streams * (0.7 + 0.6 * random.next()),
        isNew: random.next() < 0.1,
        weeksOnChart: random.int(2, 60),
      };
    });
    const pool = week.filter((entry) => genre === undefined || entry.song.genre === genre);
    const lastWeekOrder = pool.filter((entry) => !entry.isNew).sort((a, b) => b.lastWeek - a.lastWeek);
    const entries = [...pool]
      .sort((a, b) => b.streams - a.streams)
      .slice(0, limit)
      .map((entry, index) => {
        const lastRank = lastWeekOrder.indexOf(entry) + 1;
        const charted = lastRank > 0 && lastRank <= 20;
        return {
          rank: index + 1,
          title: entry.song.title,
          artist: entry.song.artist,
          weekly_streams: entry.streams,
          last_week_rank: charted ? lastRank : null,
          weeks_on_chart: charted ? entry.weeksOnChart : 1,
        };
      });
    return { chart_week: monday, genre: genre ?? null, entries };
  },
});
