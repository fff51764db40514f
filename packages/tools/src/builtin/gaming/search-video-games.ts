import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { gameGenres, platformFamilies, platformFamily, videoGames } from "./data/video-games.js";

interface Args {
  genre?: string;
  platform?: string;
  released_after?: number;
  released_before?: number;
  limit?: number;
}

/** Games by genre, platform family and release years. */
export const searchVideoGames = defineTool<Args>({
  name: "search_video_games",
  description:
    "Search a video game catalogue by genre, platform family and release-year range. Returns matching games (title, year, developer, genre) from newest to oldest, and how many matched before the limit.",
  category: "Gaming",
  parameters: {
    type: "object",
    properties: {
      genre: { type: "string", enum: gameGenres, description: "Only games of this genre." },
      platform: {
        type: "string",
        enum: [...platformFamilies],
        description: "Only games released on this platform family.",
      },
      released_after: {
        type: "integer",
        minimum: 1970,
        maximum: 2100,
        description: "Earliest release year, inclusive.",
      },
      released_before: {
        type: "integer",
        minimum: 1970,
        maximum: 2100,
        description: "Latest release year, inclusive.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 50,
        default: 10,
        description: "Maximum number of games returned.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_matches: { type: "integer", minimum: 0 },
      games: {
        type: "array",
        items: {
          type: "object",
          properties: {
            title: { type: "string" },
            year: { type: "integer" },
            developer: { type: "string" },
            genre: { type: "string" },
          },
          required: ["title", "year", "developer", "genre"],
          additionalProperties: false,
        },
      },
    },
    required: ["total_matches", "games"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "33 well-known games (1985-2023) in 17 genres on PC, PlayStation, Xbox, Nintendo, mobile and arcade.",
  },
  examples: [
    {
      arguments: { genre: "shooter", platform: "pc", limit: 3 },
      result: {
        total_matches: 4,
        games: [
          { title: "Counter-Strike 2", year: 2023, developer: "Valve", genre: "shooter" },
          { title: "Overwatch 2", year: 2022, developer: "Blizzard Entertainment", genre: "shooter" },
          { title: "Valorant", year: 2020, developer: "Riot Games", genre: "shooter" },
        ],
      },
    },
    {
      arguments: { platform: "nintendo", released_before: 2000 },
      result: {
        total_matches: 2,
        games: [
          { title: "Pokémon Red and Blue", year: 1996, developer: "Game Freak", genre: "rpg" },
          { title: "Super Mario Bros.", year: 1985, developer: "Nintendo R&D4", genre: "platformer" },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { released_after: 2020, released_before: 2010 },
      error: "released_before (2010) must not be before released_after (2020)",
    },
    { arguments: { platform: "sega" }, error: "$.platform must be one of" },
  ],
  run: ({ genre, platform, released_after, released_before, limit = 10 }) => {
    if (released_after !== undefined && released_before !== undefined && released_before < released_after) {
      throw new ToolArgumentError({
        message: `released_before (${released_before}) must not be before released_after (${released_after})`,
        argument: "released_before",
      });
    }
    const matches = videoGames
      .filter((entry) => genre === undefined || entry.genre === genre)
      .filter(
        (entry) =>
          platform === undefined || entry.platforms.some((name) => platformFamily(name) === platform),
      )
      .filter((entry) => released_after === undefined || entry.year >= released_after)
      .filter((entry) => released_before === undefined || entry.year <= released_before)
      .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title, "en"));
    return {
      total_matches: matches.length,
      games: matches
        .slice(0, limit)
        .map(({ title, year, developer, genre: kind }) => ({ title, year, developer, genre: kind })),
    };
  },
});
