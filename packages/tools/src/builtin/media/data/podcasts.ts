/** Well-known podcasts with facts that are public and stable: title, hosts, publisher, genre, country, language. */

export const podcastGenres = [
  "news",
  "society",
  "science",
  "history",
  "business",
  "technology",
  "comedy",
  "true_crime",
  "health",
  "music",
  "politics",
] as const;
export type PodcastGenre = (typeof podcastGenres)[number];

export interface Podcast {
  id: string;
  title: string;
  hosts: string[];
  publisher: string;
  genre: PodcastGenre;
  country: string;
  language: string;
  /** Typical days between episodes, used to synthesise an episode list. */
  cadence_days: number;
  /** Typical episode length in minutes. */
  typical_minutes: number;
}

const p = (
  id: string,
  title: string,
  hosts: string[],
  publisher: string,
  genre: PodcastGenre,
  country: string,
  cadence_days: number,
  typical_minutes: number,
): Podcast => ({
  id,
  title,
  hosts,
  publisher,
  genre,
  country,
  language: "en",
  cadence_days,
  typical_minutes,
});

export const podcasts: Podcast[] = [
  p(
    "the-daily",
    "The Daily",
    ["Michael Barbaro", "Sabrina Tavernise"],
    "The New York Times",
    "news",
    "US",
    1,
    28,
  ),
  p("up-first", "Up First", ["NPR hosts"], "NPR", "news", "US", 1, 14),
  p(
    "global-news-podcast",
    "Global News Podcast",
    ["BBC World Service presenters"],
    "BBC World Service",
    "news",
    "GB",
    1,
    30,
  ),
  p("this-american-life", "This American Life", ["Ira Glass"], "This American Life", "society", "US", 7, 60),
  p("the-moth", "The Moth", ["The Moth storytellers"], "The Moth", "society", "US", 7, 50),
  p(
    "stuff-you-should-know",
    "Stuff You Should Know",
    ["Josh Clark", "Chuck Bryant"],
    "iHeartPodcasts",
    "society",
    "US",
    3,
    50,
  ),
  p("radiolab", "Radiolab", ["Lulu Miller", "Latif Nasser"], "WNYC Studios", "science", "US", 7, 50),
  p("science-vs", "Science Vs", ["Wendy Zukerman"], "Spotify Studios", "science", "US", 14, 40),
  p("hidden-brain", "Hidden Brain", ["Shankar Vedantam"], "Hidden Brain Media", "science", "US", 7, 50),
  p("huberman-lab", "Huberman Lab", ["Andrew Huberman"], "Scicomm Media", "health", "US", 7, 120),
  p("in-our-time", "In Our Time", ["Melvyn Bragg"], "BBC Radio 4", "history", "GB", 7, 50),
  p(
    "the-rest-is-history",
    "The Rest Is History",
    ["Tom Holland", "Dominic Sandbrook"],
    "Goalhanger",
    "history",
    "GB",
    3,
    55,
  ),
  p(
    "hardcore-history",
    "Dan Carlin's Hardcore History",
    ["Dan Carlin"],
    "Dan Carlin",
    "history",
    "US",
    120,
    300,
  ),
  p(
    "freakonomics-radio",
    "Freakonomics Radio",
    ["Stephen J. Dubner"],
    "Freakonomics Radio Network",
    "business",
    "US",
    7,
    45,
  ),
  p("planet-money", "Planet Money", ["NPR hosts"], "NPR", "business", "US", 3, 25),
  p("acquired", "Acquired", ["Ben Gilbert", "David Rosenthal"], "Acquired", "business", "US", 21, 180),
  p("lex-fridman-podcast", "Lex Fridman Podcast", ["Lex Fridman"], "Lex Fridman", "technology", "US", 7, 180),
  p("darknet-diaries", "Darknet Diaries", ["Jack Rhysider"], "Darknet Diaries", "technology", "US", 14, 60),
  p("99-percent-invisible", "99% Invisible", ["Roman Mars"], "SiriusXM", "society", "US", 7, 40),
  p(
    "conan-needs-a-friend",
    "Conan O'Brien Needs a Friend",
    ["Conan O'Brien"],
    "Team Coco",
    "comedy",
    "US",
    3,
    60,
  ),
  p("serial", "Serial", ["Sarah Koenig"], "Serial Productions", "true_crime", "US", 7, 45),
  p(
    "crime-junkie",
    "Crime Junkie",
    ["Ashley Flowers", "Brit Prawat"],
    "audiochuck",
    "true_crime",
    "US",
    7,
    45,
  ),
  p("song-exploder", "Song Exploder", ["Hrishikesh Hirway"], "Song Exploder", "music", "US", 14, 25),
  p(
    "the-rest-is-politics",
    "The Rest Is Politics",
    ["Alastair Campbell", "Rory Stewart"],
    "Goalhanger",
    "politics",
    "GB",
    3,
    50,
  ),
  p(
    "pod-save-america",
    "Pod Save America",
    ["Jon Favreau", "Jon Lovett", "Tommy Vietor", "Dan Pfeiffer"],
    "Crooked Media",
    "politics",
    "US",
    3,
    70,
  ),
];

/** Episode title patterns per genre; {topic} is filled from the genre's topics. */
export const episodeTopics: Record<PodcastGenre, { patterns: string[]; topics: string[] }> = {
  news: {
    patterns: ["{topic}, explained", "What happened with {topic}", "The fight over {topic}"],
    topics: [
      "the interest rate decision",
      "the election result",
      "the ceasefire talks",
      "the heat wave",
      "the chip export rules",
      "the housing shortage",
    ],
  },
  society: {
    patterns: ["The story of {topic}", "Why we keep {topic}", "{topic}"],
    topics: [
      "the lost letter",
      "talking to strangers",
      "the night shift",
      "a town without cars",
      "the last video store",
      "saying sorry",
    ],
  },
  science: {
    patterns: ["Is {topic} real?", "The science of {topic}", "What we know about {topic}"],
    topics: ["dark matter", "the placebo effect", "memory", "octopus intelligence", "sleep", "microplastics"],
  },
  history: {
    patterns: ["{topic}", "The rise and fall of {topic}", "{topic}, part 1"],
    topics: [
      "the Byzantine Empire",
      "the printing press",
      "the Congress of Vienna",
      "the Silk Road",
      "the Black Death",
      "the Space Race",
    ],
  },
  business: {
    patterns: ["How {topic} works", "The economics of {topic}", "Inside {topic}"],
    topics: [
      "airline pricing",
      "the tipping culture",
      "index funds",
      "the coffee supply chain",
      "a chip foundry",
      "subscription boxes",
    ],
  },
  technology: {
    patterns: ["{topic}", "The hack of {topic}", "Conversations on {topic}"],
    topics: [
      "large language models",
      "the ransomware gang",
      "quantum computing",
      "open source",
      "a hospital network",
      "robotics",
    ],
  },
  comedy: {
    patterns: ["{topic}", "Live: {topic}", "Ask us about {topic}"],
    topics: [
      "the worst vacation",
      "holiday traditions",
      "fan mail",
      "a very long flight",
      "the talent show",
      "bad advice",
    ],
  },
  true_crime: {
    patterns: ["The case of {topic}", "{topic}", "Unsolved: {topic}"],
    topics: [
      "the missing heiress",
      "the lake house",
      "the forged paintings",
      "the night bus",
      "the ski lodge",
      "the cold case file",
    ],
  },
  health: {
    patterns: ["Tools for {topic}", "The science of {topic}", "Optimising {topic}"],
    topics: ["better sleep", "focus", "exercise recovery", "nutrition", "stress", "motivation"],
  },
  music: {
    patterns: ["{topic}", "The making of {topic}", "Breaking down {topic}"],
    topics: [
      "a breakup ballad",
      "a film score",
      "a debut single",
      "a protest song",
      "a dance track",
      "a cover version",
    ],
  },
  politics: {
    patterns: ["{topic}", "The week in {topic}", "Question time: {topic}"],
    topics: ["the budget", "the polls", "foreign policy", "the leadership race", "immigration", "the courts"],
  },
};

/** The podcast with this id or exact title (case-insensitive). */
export function findPodcast(idOrTitle: string): Podcast | undefined {
  const wanted = idOrTitle.trim().toLowerCase();
  return podcasts.find((podcast) => podcast.id === wanted || podcast.title.toLowerCase() === wanted);
}
