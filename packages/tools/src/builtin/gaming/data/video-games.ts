/** Well-known video games with real facts: original release year, developer, publisher and launch-era platforms. */
export interface VideoGame {
  title: string;
  year: number;
  developer: string;
  publisher: string;
  genre: string;
  platforms: string[];
}

const game = (
  title: string,
  year: number,
  developer: string,
  publisher: string,
  genre: string,
  platforms: string[],
) => ({
  title,
  year,
  developer,
  publisher,
  genre,
  platforms,
});

export const videoGames: readonly VideoGame[] = [
  game("Super Mario Bros.", 1985, "Nintendo R&D4", "Nintendo", "platformer", ["NES"]),
  game("Street Fighter II", 1991, "Capcom", "Capcom", "fighting", ["Arcade"]),
  game("Pokémon Red and Blue", 1996, "Game Freak", "Nintendo", "rpg", ["Game Boy"]),
  game("Halo: Combat Evolved", 2001, "Bungie", "Microsoft Game Studios", "shooter", ["Xbox"]),
  game("Half-Life 2", 2004, "Valve", "Valve", "shooter", ["PC"]),
  game("World of Warcraft", 2004, "Blizzard Entertainment", "Blizzard Entertainment", "mmorpg", ["PC"]),
  game("League of Legends", 2009, "Riot Games", "Riot Games", "moba", ["PC"]),
  game(
    "StarCraft II: Wings of Liberty",
    2010,
    "Blizzard Entertainment",
    "Blizzard Entertainment",
    "strategy",
    ["PC"],
  ),
  game("Minecraft", 2011, "Mojang Studios", "Mojang Studios", "sandbox", [
    "PC",
    "Xbox 360",
    "PlayStation 3",
    "iOS",
    "Android",
  ]),
  game("Dark Souls", 2011, "FromSoftware", "Namco Bandai Games", "action-rpg", [
    "PlayStation 3",
    "Xbox 360",
    "PC",
  ]),
  game("Portal 2", 2011, "Valve", "Valve", "puzzle", ["PC", "PlayStation 3", "Xbox 360"]),
  game("Grand Theft Auto V", 2013, "Rockstar North", "Rockstar Games", "action-adventure", [
    "PlayStation 3",
    "Xbox 360",
    "PlayStation 4",
    "Xbox One",
    "PC",
  ]),
  game("The Last of Us", 2013, "Naughty Dog", "Sony Computer Entertainment", "action-adventure", [
    "PlayStation 3",
  ]),
  game("Dota 2", 2013, "Valve", "Valve", "moba", ["PC"]),
  game("The Witcher 3: Wild Hunt", 2015, "CD Projekt Red", "CD Projekt", "rpg", [
    "PC",
    "PlayStation 4",
    "Xbox One",
  ]),
  game("Rocket League", 2015, "Psyonix", "Psyonix", "sports", ["PC", "PlayStation 4"]),
  game("Stardew Valley", 2016, "ConcernedApe", "ConcernedApe", "simulation", ["PC"]),
  game("The Legend of Zelda: Breath of the Wild", 2017, "Nintendo EPD", "Nintendo", "action-adventure", [
    "Nintendo Switch",
    "Wii U",
  ]),
  game("Super Mario Odyssey", 2017, "Nintendo EPD", "Nintendo", "platformer", ["Nintendo Switch"]),
  game("Hollow Knight", 2017, "Team Cherry", "Team Cherry", "metroidvania", ["PC"]),
  game("Fortnite", 2017, "Epic Games", "Epic Games", "battle-royale", ["PC", "PlayStation 4", "Xbox One"]),
  game("God of War", 2018, "Santa Monica Studio", "Sony Interactive Entertainment", "action-adventure", [
    "PlayStation 4",
  ]),
  game("Red Dead Redemption 2", 2018, "Rockstar Studios", "Rockstar Games", "action-adventure", [
    "PlayStation 4",
    "Xbox One",
  ]),
  game("Celeste", 2018, "Matt Makes Games", "Matt Makes Games", "platformer", [
    "PC",
    "Nintendo Switch",
    "PlayStation 4",
    "Xbox One",
  ]),
  game("Among Us", 2018, "Innersloth", "Innersloth", "party", ["iOS", "Android", "PC"]),
  game("Animal Crossing: New Horizons", 2020, "Nintendo EPD", "Nintendo", "simulation", ["Nintendo Switch"]),
  game("Hades", 2020, "Supergiant Games", "Supergiant Games", "roguelike", ["PC", "Nintendo Switch"]),
  game("Valorant", 2020, "Riot Games", "Riot Games", "shooter", ["PC"]),
  game("Cyberpunk 2077", 2020, "CD Projekt Red", "CD Projekt", "rpg", ["PC", "PlayStation 4", "Xbox One"]),
  game("Elden Ring", 2022, "FromSoftware", "Bandai Namco Entertainment", "action-rpg", [
    "PC",
    "PlayStation 4",
    "PlayStation 5",
    "Xbox One",
    "Xbox Series X/S",
  ]),
  game("Overwatch 2", 2022, "Blizzard Entertainment", "Blizzard Entertainment", "shooter", [
    "PC",
    "PlayStation 4",
    "PlayStation 5",
    "Xbox One",
    "Xbox Series X/S",
    "Nintendo Switch",
  ]),
  game("Baldur's Gate 3", 2023, "Larian Studios", "Larian Studios", "rpg", ["PC", "PlayStation 5"]),
  game("Counter-Strike 2", 2023, "Valve", "Valve", "shooter", ["PC"]),
];

export const gameGenres = [...new Set(videoGames.map((entry) => entry.genre))].sort();

export const platformFamilies = ["pc", "playstation", "xbox", "nintendo", "mobile", "arcade"] as const;

/** The family of a platform name: "PlayStation 4" is "playstation", "Wii U" is "nintendo". */
export function platformFamily(platform: string): string {
  if (platform === "PC") {
    return "pc";
  }
  if (platform.startsWith("PlayStation")) {
    return "playstation";
  }
  if (platform.startsWith("Xbox")) {
    return "xbox";
  }
  if (platform === "iOS" || platform === "Android") {
    return "mobile";
  }
  if (platform === "Arcade") {
    return "arcade";
  }
  return "nintendo";
}
