import { defineTool } from "../define-tool.js";
import { type PodcastGenre, podcastGenres, podcasts } from "./data/podcasts.js";

/** Finds podcasts by keyword, genre and country. */
export const searchPodcasts = defineTool<{
  query?: string;
  genre?: PodcastGenre;
  country?: string;
  limit?: number;
}>({
  name: "search_podcasts",
  description:
    "Search a podcast directory by keyword (matched against title, hosts and publisher), genre and country of production. Returns matching shows in title order with their id, hosts, publisher, genre, country and typical episode length.",
  category: "Media",
  simulated: {
    covers:
      "a directory of 25 well-known English-language podcasts (US and UK) with their real titles, hosts and publishers",
  },
  parameters: {
    type: "object",
    properties: {
      query: {
        type: "string",
        minLength: 2,
        maxLength: 60,
        description: "Keyword, case-insensitive, e.g. 'history' or 'NPR'; omit to match every show.",
      },
      genre: {
        type: "string",
        enum: [...podcastGenres],
        description: "Only podcasts of this genre; omit for all.",
      },
      country: {
        type: "string",
        enum: ["US", "GB"],
        description: "Only podcasts produced in this country (ISO code); omit for all.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 25,
        default: 10,
        description: "Most results (1-25). Default 10.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_matches: { type: "integer", minimum: 0 },
      podcasts: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" },
            title: { type: "string" },
            hosts: { type: "array", items: { type: "string" } },
            publisher: { type: "string" },
            genre: { type: "string", enum: [...podcastGenres] },
            country: { type: "string" },
            language: { type: "string" },
            typical_episode_minutes: { type: "integer" },
          },
          required: [
            "id",
            "title",
            "hosts",
            "publisher",
            "genre",
            "country",
            "language",
            "typical_episode_minutes",
          ],
          additionalProperties: false,
        },
      },
    },
    required: ["total_matches", "podcasts"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { genre: "history", country: "GB" },
      result: {
        total_matches: 2,
        podcasts: [
          {
            id: "in-our-time",
            title: "In Our Time",
            hosts: ["Melvyn Bragg"],
            publisher: "BBC Radio 4",
            genre: "history",
            country: "GB",
            language: "en",
            typical_episode_minutes: 50,
          },
          {
            id: "the-rest-is-history",
            title: "The Rest Is History",
            hosts: ["Tom Holland", "Dominic Sandbrook"],
            publisher: "Goalhanger",
            genre: "history",
            country: "GB",
            language: "en",
            typical_episode_minutes: 55,
          },
        ],
      },
    },
    {
      arguments: { query: "barbaro" },
      result: {
        total_matches: 1,
        podcasts: [
          {
            id: "the-daily",
            title: "The Daily",
            hosts: ["Michael Barbaro", "Sabrina Tavernise"],
            publisher: "The New York Times",
            genre: "news",
            country: "US",
            language: "en",
            typical_episode_minutes: 28,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { genre: "sports" }, error: "$.genre must be one of" },
    { arguments: { query: "a" }, error: "$.query must NOT have fewer than 2 characters" },
  ],
  run: ({ query, genre, country, limit = 10 }) => {
    const needle = query?.toLowerCase();
    const matches = podcasts
      .filter(
        (podcast) =>
          (genre === undefined || podcast.genre === genre) &&
          (country === undefined || podcast.country === country) &&
          (needle === undefined ||
            [podcast.title, podcast.publisher, ...podcast.hosts].join(" ").toLowerCase().includes(needle)),
      )
      .sort((a, b) => a.title.localeCompare(b.title));
    return {
      total_matches: matches.length,
      podcasts: matches.slice(0, limit).map(({ cadence_days: _c, typical_minutes: minutes, ...rest }) => ({
        ...rest,
        typical_episode_minutes: minutes,
      })),
    };
  },
});
