import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { fromDayNumber } from "../shared/from-day-number.js";
import { toDayNumber } from "../shared/to-day-number.js";
import { episodeTopics, findPodcast, podcasts } from "./data/podcasts.js";

/** The latest episodes of a podcast published on or before a date. */
export const getPodcastEpisodes = defineTool<{ podcast: string; as_of: string; limit?: number }>({
  name: "get_podcast_episodes",
  description:
    "List a podcast's latest episodes published on or before a given date, newest first. Returns each episode's number, title, publication date and duration in minutes.",
  category: "Media",
  simulated: {
    covers:
      "episode feeds for the 25 podcasts of search_podcasts; each episode's title, date (one per release cadence, feeds starting 2005-01-01) and duration are synthesised from the podcast, the episode number and the seed, so feeds read on different dates agree",
  },
  parameters: {
    type: "object",
    properties: {
      podcast: {
        type: "string",
        minLength: 2,
        maxLength: 80,
        description: "Podcast id or exact title, e.g. 'radiolab' or 'The Daily'.",
      },
      as_of: {
        type: "string",
        format: "date",
        description: "Latest publication date to include (YYYY-MM-DD).",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 20,
        default: 5,
        description: "Number of episodes (1-20). Default 5.",
      },
    },
    required: ["podcast", "as_of"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      podcast_id: { type: "string" },
      title: { type: "string" },
      episodes: {
        type: "array",
        items: {
          type: "object",
          properties: {
            episode_number: { type: "integer", minimum: 1 },
            title: { type: "string" },
            published: { type: "string", format: "date" },
            duration_minutes: { type: "integer", minimum: 1 },
          },
          required: ["episode_number", "title", "published", "duration_minutes"],
          additionalProperties: false,
        },
      },
    },
    required: ["podcast_id", "title", "episodes"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { podcast: "Radiolab", as_of: "2024-03-01", limit: 3 },
      result: {
        podcast_id: "radiolab",
        title: "Radiolab",
        episodes: [
          {
            episode_number: 1000,
            title: "What we know about memory",
            published: "2024-02-26",
            duration_minutes: 55,
          },
          { episode_number: 999, title: "Is sleep real?", published: "2024-02-21", duration_minutes: 47 },
          {
            episode_number: 998,
            title: "The science of dark matter",
            published: "2024-02-11",
            duration_minutes: 42,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { podcast: "Serial Killers Weekly", as_of: "2024-03-01" },
      error: "unknown podcast 'Serial Killers Weekly'",
    },
    {
      arguments: { podcast: "radiolab", as_of: "1999-12-31" },
      error: "the simulated feeds start on 2005-01-01",
    },
    { arguments: { podcast: "radiolab", as_of: "March 1" }, error: '$.as_of must match format "date"' },
  ],
  run: ({ podcast: wanted, as_of: asOf, limit = 5 }, { randomFor }) => {
    const podcast = findPodcast(wanted);
    if (podcast === undefined) {
      throw new ToolArgumentError({
        message: `unknown podcast '${wanted}'; try an id such as ${podcasts
          .slice(0, 4)
          .map((p) => p.id)
          .join(", ")} or use search_podcasts`,
        argument: "podcast",
      });
    }
    if (asOf < "2005-01-01") {
      throw new ToolArgumentError({
        message: `as_of ${asOf} is too early: the simulated feeds start on 2005-01-01`,
        argument: "as_of",
      });
    }
    const topics = episodeTopics[podcast.genre];
    const feedStart = toDayNumber("2005-01-01");
    const today = toDayNumber(asOf);
    /** Episode `number` comes out on a day of the number-th release period of the feed. */
    const episode = (number: number) => {
      const random = randomFor(podcast.id, number);
      const day = feedStart + (number - 1) * podcast.cadence_days + random.int(0, podcast.cadence_days - 1);
      return { day, random };
    };
    const period = Math.floor((today - feedStart) / podcast.cadence_days) + 1;
    const latest = episode(period).day > today ? period - 1 : period;
    const episodes = [];
    for (let number = latest; number > latest - limit && number >= 1; number -= 1) {
      const { day, random } = episode(number);
      episodes.push({
        episode_number: number,
        title: random
          .pick(topics.patterns)
          .replace("{topic}", random.pick(topics.topics))
          .replace(/^./, (c) => c.toUpperCase()),
        published: fromDayNumber(day),
        duration_minutes: Math.max(1, Math.round(podcast.typical_minutes * (0.75 + random.next() * 0.5))),
      });
    }
    return { podcast_id: podcast.id, title: podcast.title, episodes };
  },
});
