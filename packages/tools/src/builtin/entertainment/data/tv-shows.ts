import { foldText } from "../../shared/fold-text.js";
/** Finished television series with public facts: network, years, seasons, episodes, creators; runtimes are typical. */

export interface TvShow {
  id: string;
  title: string;
  network: string;
  first_aired: number;
  last_aired: number;
  seasons: number;
  episodes: number;
  creators: string[];
  genres: string[];
  country: string;
  language: string;
  /** Approximate average episode length in minutes. */
  typical_episode_minutes: number;
}

const s = (
  id: string,
  title: string,
  network: string,
  first: number,
  last: number,
  seasons: number,
  episodes: number,
  creators: string[],
  genres: string[],
  country: string,
  language: string,
  minutes: number,
): TvShow => ({
  id,
  title,
  network,
  first_aired: first,
  last_aired: last,
  seasons,
  episodes,
  creators,
  genres,
  country,
  language,
  typical_episode_minutes: minutes,
});

export const tvShows: TvShow[] = [
  s(
    "breaking-bad",
    "Breaking Bad",
    "AMC",
    2008,
    2013,
    5,
    62,
    ["Vince Gilligan"],
    ["crime", "drama", "thriller"],
    "US",
    "en",
    47,
  ),
  s(
    "better-call-saul",
    "Better Call Saul",
    "AMC",
    2015,
    2022,
    6,
    63,
    ["Vince Gilligan", "Peter Gould"],
    ["crime", "drama"],
    "US",
    "en",
    47,
  ),
  s(
    "the-sopranos",
    "The Sopranos",
    "HBO",
    1999,
    2007,
    6,
    86,
    ["David Chase"],
    ["crime", "drama"],
    "US",
    "en",
    55,
  ),
  s("the-wire", "The Wire", "HBO", 2002, 2008, 5, 60, ["David Simon"], ["crime", "drama"], "US", "en", 58),
  s(
    "game-of-thrones",
    "Game of Thrones",
    "HBO",
    2011,
    2019,
    8,
    73,
    ["David Benioff", "D. B. Weiss"],
    ["action", "drama", "fantasy"],
    "US",
    "en",
    57,
  ),
  s(
    "succession",
    "Succession",
    "HBO",
    2018,
    2023,
    4,
    39,
    ["Jesse Armstrong"],
    ["comedy", "drama"],
    "US",
    "en",
    62,
  ),
  s(
    "chernobyl",
    "Chernobyl",
    "HBO",
    2019,
    2019,
    1,
    5,
    ["Craig Mazin"],
    ["drama", "history", "thriller"],
    "US",
    "en",
    65,
  ),
  s("mad-men", "Mad Men", "AMC", 2007, 2015, 7, 92, ["Matthew Weiner"], ["drama"], "US", "en", 47),
  s(
    "friends",
    "Friends",
    "NBC",
    1994,
    2004,
    10,
    236,
    ["David Crane", "Marta Kauffman"],
    ["comedy", "romance"],
    "US",
    "en",
    22,
  ),
  s(
    "seinfeld",
    "Seinfeld",
    "NBC",
    1989,
    1998,
    9,
    180,
    ["Larry David", "Jerry Seinfeld"],
    ["comedy"],
    "US",
    "en",
    22,
  ),
  s("the-office-us", "The Office", "NBC", 2005, 2013, 9, 201, ["Greg Daniels"], ["comedy"], "US", "en", 22),
  s(
    "fleabag",
    "Fleabag",
    "BBC Three",
    2016,
    2019,
    2,
    12,
    ["Phoebe Waller-Bridge"],
    ["comedy", "drama"],
    "GB",
    "en",
    26,
  ),
  s(
    "sherlock",
    "Sherlock",
    "BBC One",
    2010,
    2017,
    4,
    13,
    ["Mark Gatiss", "Steven Moffat"],
    ["crime", "drama", "mystery"],
    "GB",
    "en",
    88,
  ),
  s(
    "the-crown",
    "The Crown",
    "Netflix",
    2016,
    2023,
    6,
    60,
    ["Peter Morgan"],
    ["biography", "drama", "history"],
    "GB",
    "en",
    56,
  ),
  s(
    "dark",
    "Dark",
    "Netflix",
    2017,
    2020,
    3,
    26,
    ["Baran bo Odar", "Jantje Friese"],
    ["drama", "mystery", "sci-fi"],
    "DE",
    "de",
    55,
  ),
  s(
    "avatar-last-airbender",
    "Avatar: The Last Airbender",
    "Nickelodeon",
    2005,
    2008,
    3,
    61,
    ["Michael Dante DiMartino", "Bryan Konietzko"],
    ["action", "adventure", "animation", "fantasy"],
    "US",
    "en",
    23,
  ),
];

/** The show with this id or title (case, accents and punctuation ignored). */
export function findTvShow(idOrTitle: string): TvShow | undefined {
  const wanted = foldText(idOrTitle, { punctuation: "space" });
  return tvShows.find(
    (show) =>
      show.id === idOrTitle.trim().toLowerCase() || foldText(show.title, { punctuation: "space" }) === wanted,
  );
}

/** A few titles, for error messages. */
export const sampleShows = ["Breaking Bad", "Friends", "Dark", "Fleabag"].join(", ");
