import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { artists } from "./data/artists.js";
import { songs } from "./data/songs.js";

/** An artist's profile from the shipped catalogue. */
export const getArtistProfile = defineTool<{ artist: string; include_top_songs?: boolean }>({
  name: "get_artist_profile",
  description:
    "Look up a music artist by name (case-insensitive) in a music database. Returns whether it is a band or a solo artist, country of origin (ISO 3166-1 alpha-2), the year they became active, genres, notable albums and, optionally, their best-known songs.",
  category: "Music",
  parameters: {
    type: "object",
    properties: {
      artist: {
        type: "string",
        minLength: 1,
        maxLength: 100,
        description: "Artist or band name, e.g. 'Queen'.",
      },
      include_top_songs: {
        type: "boolean",
        default: true,
        description: "Whether to include the artist's best-known songs.",
      },
    },
    required: ["artist"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      name: { type: "string" },
      kind: { type: "string", enum: ["band", "solo"] },
      country: { type: "string", pattern: "^[A-Z]{2}$" },
      active_since: { type: "integer" },
      genres: { type: "array", items: { type: "string" } },
      notable_albums: {
        type: "array",
        items: {
          type: "object",
          properties: { title: { type: "string" }, year: { type: "integer" } },
          required: ["title", "year"],
          additionalProperties: false,
        },
      },
      top_songs: { type: "array", items: { type: "string" } },
    },
    required: ["name", "kind", "country", "active_since", "genres", "notable_albums"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "31 well-known artists (The Beatles, Queen, Taylor Swift, BTS, Bad Bunny, Miles Davis, ...) with real origin, start year, genres and notable albums, and 42 of their best-known songs.",
  },
  examples: [
    {
      arguments: { artist: "queen" },
      result: {
        name: "Queen",
        kind: "band",
        country: "GB",
        active_since: 1970,
        genres: ["rock"],
        notable_albums: [
          { title: "A Night at the Opera", year: 1975 },
          { title: "News of the World", year: 1977 },
        ],
        top_songs: ["Bohemian Rhapsody", "We Will Rock You"],
      },
    },
    {
      arguments: { artist: "Daft Punk", include_top_songs: false },
      result: {
        name: "Daft Punk",
        kind: "band",
        country: "FR",
        active_since: 1993,
        genres: ["electronic"],
        notable_albums: [
          { title: "Discovery", year: 2001 },
          { title: "Random Access Memories", year: 2013 },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { artist: "The Unknown Quartet" }, error: "unknown artist 'The Unknown Quartet'" },
    { arguments: { artist: "" }, error: "$.artist must NOT have fewer than 1 characters" },
  ],
  run: ({ artist, include_top_songs = true }) => {
    const wanted = artist.trim().toLowerCase();
    const found = artists.find((entry) => entry.name.toLowerCase() === wanted);
    if (found === undefined) {
      throw new ToolArgumentError({
        message: `unknown artist '${artist}'; known artists include The Beatles, Queen, Taylor Swift, Metallica, Miles Davis, BTS`,
        argument: "artist",
      });
    }
    const profile = {
      name: found.name,
      kind: found.kind,
      country: found.country,
      active_since: found.active_since,
      genres: found.genres,
      notable_albums: found.notable_albums,
    };
    if (!include_top_songs) {
      return profile;
    }
    return {
      ...profile,
      top_songs: songs.filter((song) => song.artist === found.name).map((song) => song.title),
    };
  },
});
