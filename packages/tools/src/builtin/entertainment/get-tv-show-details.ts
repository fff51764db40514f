import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { requireTvShow } from "./lookup.js";

/** Facts about a finished TV series. */
export const getTvShowDetails = defineTool<{ title: string }>({
  name: "get_tv_show_details",
  description:
    "Get the details of a finished television series by title: network, years aired, number of seasons and episodes, creators, genres, country and language, typical episode length and average episodes per season (1 decimal).",
  category: "Entertainment",
  simulated: {
    covers:
      "16 finished, well-known series (US, UK and German) with their real networks, air years, season and episode counts; episode lengths are typical values",
  },
  parameters: {
    type: "object",
    properties: {
      title: {
        type: "string",
        minLength: 1,
        maxLength: 120,
        description: "Series title, e.g. 'Breaking Bad', or its id such as 'the-office-us'.",
      },
    },
    required: ["title"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      id: { type: "string" },
      title: { type: "string" },
      network: { type: "string" },
      first_aired: { type: "integer" },
      last_aired: { type: "integer" },
      seasons: { type: "integer", minimum: 1 },
      episodes: { type: "integer", minimum: 1 },
      episodes_per_season: { type: "number" },
      creators: { type: "array", items: { type: "string" } },
      genres: { type: "array", items: { type: "string" } },
      country: { type: "string" },
      language: { type: "string" },
      typical_episode_minutes: { type: "integer" },
    },
    required: [
      "id",
      "title",
      "network",
      "first_aired",
      "last_aired",
      "seasons",
      "episodes",
      "episodes_per_season",
      "creators",
      "genres",
      "country",
      "language",
      "typical_episode_minutes",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { title: "breaking bad" },
      result: {
        id: "breaking-bad",
        title: "Breaking Bad",
        network: "AMC",
        first_aired: 2008,
        last_aired: 2013,
        seasons: 5,
        episodes: 62,
        episodes_per_season: 12.4,
        creators: ["Vince Gilligan"],
        genres: ["crime", "drama", "thriller"],
        country: "US",
        language: "en",
        typical_episode_minutes: 47,
      },
    },
  ],
  invalidExamples: [
    { arguments: { title: "Breaking Good" }, error: "unknown TV show 'Breaking Good'" },
    { arguments: {}, error: "missing required argument 'title'" },
  ],
  run: ({ title }) => {
    const show = requireTvShow(title);
    return {
      ...show,
      creators: [...show.creators],
      genres: [...show.genres],
      episodes_per_season: roundTo(show.episodes / show.seasons, 1),
    };
  },
});
