import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { songGenres, songs } from "./data/songs.js";

interface Args {
  query?: string;
  genre?: string;
  year_from?: number;
  year_to?: number;
  sort_by?: "year" | "title";
  limit?: number;
}

/** Songs matching a text query and filters. */
export const searchSongs = defineTool<Args>({
  name: "search_songs",
  description:
    "Search a song catalogue by words in the title, artist or album, by genre and by release-year range. Returns the matching songs (title, artist, album, year, genre) sorted by year or title, and the total number of matches before the limit.",
  category: "Music",
  parameters: {
    type: "object",
    properties: {
      query: {
        type: "string",
        minLength: 1,
        maxLength: 100,
        description: "Text to find in title, artist or album (case-insensitive).",
      },
      genre: { type: "string", enum: songGenres, description: "Only songs of this genre." },
      year_from: {
        type: "integer",
        minimum: 1900,
        maximum: 2100,
        description: "Earliest release year, inclusive.",
      },
      year_to: {
        type: "integer",
        minimum: 1900,
        maximum: 2100,
        description: "Latest release year, inclusive.",
      },
      sort_by: {
        type: "string",
        enum: ["year", "title"],
        default: "year",
        description: "Sort order of the results (ascending).",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 50,
        default: 10,
        description: "Maximum number of songs returned.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_matches: { type: "integer", minimum: 0 },
      songs: {
        type: "array",
        items: {
          type: "object",
          properties: {
            title: { type: "string" },
            artist: { type: "string" },
            album: { type: "string" },
            year: { type: "integer" },
            genre: { type: "string" },
          },
          required: ["title", "artist", "album", "year", "genre"],
          additionalProperties: false,
        },
      },
    },
    required: ["total_matches", "songs"],
    additionalProperties: false,
  },
  simulated: {
    covers: "42 well-known songs (1959-2022) by 31 artists across 10 genres; real titles, albums and years.",
  },
  examples: [
    {
      arguments: { query: "thriller" },
      result: {
        total_matches: 2,
        songs: [
          { title: "Billie Jean", artist: "Michael Jackson", album: "Thriller", year: 1982, genre: "pop" },
          { title: "Thriller", artist: "Michael Jackson", album: "Thriller", year: 1982, genre: "pop" },
        ],
      },
    },
    {
      arguments: { genre: "hip-hop", year_from: 2010, sort_by: "title", limit: 2 },
      result: {
        total_matches: 2,
        songs: [
          {
            title: "Alright",
            artist: "Kendrick Lamar",
            album: "To Pimp a Butterfly",
            year: 2015,
            genre: "hip-hop",
          },
          { title: "HUMBLE.", artist: "Kendrick Lamar", album: "DAMN.", year: 2017, genre: "hip-hop" },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { year_from: 2000, year_to: 1990 },
      error: "year_to (1990) must not be before year_from (2000)",
    },
    { arguments: { genre: "polka" }, error: "$.genre must be one of" },
  ],
  run: ({ query, genre, year_from, year_to, sort_by = "year", limit = 10 }) => {
    if (year_from !== undefined && year_to !== undefined && year_to < year_from) {
      throw new ToolArgumentError({
        message: `year_to (${year_to}) must not be before year_from (${year_from})`,
        argument: "year_to",
      });
    }
    const text = query?.toLowerCase();
    const matches = songs
      .filter(
        (song) =>
          text === undefined || `${song.title} ${song.artist} ${song.album}`.toLowerCase().includes(text),
      )
      .filter((song) => genre === undefined || song.genre === genre)
      .filter(
        (song) =>
          (year_from === undefined || song.year >= year_from) &&
          (year_to === undefined || song.year <= year_to),
      )
      .sort((a, b) => (sort_by === "year" ? a.year - b.year : 0) || a.title.localeCompare(b.title, "en"));
    return { total_matches: matches.length, songs: matches.slice(0, limit).map((song) => ({ ...song })) };
  },
});
