import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { platformFamily, videoGames } from "./data/video-games.js";

/** Facts about one video game. */
export const getVideoGameInfo = defineTool<{ title: string }>({
  name: "get_video_game_info",
  description:
    "Look up a video game by its title (case-insensitive, exact title). Returns its original release year, developer, publisher, genre, launch-era platforms and the platform families (pc, playstation, xbox, nintendo, mobile, arcade).",
  category: "Gaming",
  parameters: {
    type: "object",
    properties: {
      title: { type: "string", minLength: 1, maxLength: 120, description: "Game title, e.g. 'Elden Ring'." },
    },
    required: ["title"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      title: { type: "string" },
      year: { type: "integer" },
      developer: { type: "string" },
      publisher: { type: "string" },
      genre: { type: "string" },
      platforms: { type: "array", items: { type: "string" } },
      platform_families: { type: "array", items: { type: "string" } },
    },
    required: ["title", "year", "developer", "publisher", "genre", "platforms", "platform_families"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "33 well-known games from Super Mario Bros. (1985) to Baldur's Gate 3 (2023), with real release years, developers, publishers and launch platforms.",
  },
  examples: [
    {
      arguments: { title: "elden ring" },
      result: {
        title: "Elden Ring",
        year: 2022,
        developer: "FromSoftware",
        publisher: "Bandai Namco Entertainment",
        genre: "action-rpg",
        platforms: ["PC", "PlayStation 4", "PlayStation 5", "Xbox One", "Xbox Series X/S"],
        platform_families: ["pc", "playstation", "xbox"],
      },
    },
  ],
  invalidExamples: [
    { arguments: { title: "Half-Life 3" }, error: "unknown game 'Half-Life 3'" },
    { arguments: {}, error: "missing required argument 'title'" },
  ],
  run: ({ title }) => {
    const wanted = title.trim().toLowerCase();
    const found = videoGames.find((entry) => entry.title.toLowerCase() === wanted);
    if (found === undefined) {
      const close = videoGames.filter((entry) =>
        entry.title.toLowerCase().includes(wanted.split(" ")[0] ?? ""),
      );
      const hint = close.length > 0 ? close : videoGames.slice(-4);
      throw new ToolArgumentError({
        message: `unknown game '${title}'; try one of: ${hint
          .slice(0, 5)
          .map((entry) => entry.title)
          .join(", ")}`,
        argument: "title",
      });
    }
    return { ...found, platform_families: [...new Set(found.platforms.map(platformFamily))] };
  },
});
