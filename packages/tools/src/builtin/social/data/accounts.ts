/**
 * A small, fictional social network population for the simulated social tools. The accounts are invented (any
 * resemblance to real people is accidental); the numbers are plausible for accounts of their size.
 */

export const socialPlatforms = ["x", "instagram", "tiktok", "linkedin", "youtube", "threads"] as const;
export type SocialPlatform = (typeof socialPlatforms)[number];

export const accountCategories = [
  "food",
  "travel",
  "tech",
  "fitness",
  "fashion",
  "gaming",
  "music",
  "news",
  "science",
  "business",
  "comedy",
  "art",
] as const;
export type AccountCategory = (typeof accountCategories)[number];

export interface PlatformStats {
  followers: number;
  following: number;
  posts: number;
  /** Average engagement per post as a percentage of followers. */
  engagement_rate: number;
}

export interface SocialAccount {
  username: string;
  display_name: string;
  category: AccountCategory;
  country: string;
  joined: string;
  verified: boolean;
  bio: string;
  platforms: Partial<Record<SocialPlatform, PlatformStats>>;
}

const stats = (
  followers: number,
  following: number,
  posts: number,
  engagement_rate: number,
): PlatformStats => ({
  followers,
  following,
  posts,
  engagement_rate,
});

export const socialAccounts: SocialAccount[] = [
  {
    username: "chef_marisol",
    display_name: "Marisol Vega",
    category: "food",
    country: "MX",
    joined: "2014-05-12",
    verified: true,
    bio: "Home cooking from Oaxaca to your kitchen. New recipe every Tuesday.",
    platforms: {
      instagram: stats(1_240_000, 812, 2_315, 3.1),
      tiktok: stats(2_870_000, 145, 980, 6.4),
      youtube: stats(655_000, 60, 412, 2.2),
    },
  },
  {
    username: "nomad_kenji",
    display_name: "Kenji Arai",
    category: "travel",
    country: "JP",
    joined: "2016-09-03",
    verified: true,
    bio: "62 countries and counting. Slow travel, trains and street food.",
    platforms: {
      instagram: stats(486_000, 1_203, 3_870, 2.7),
      youtube: stats(312_000, 88, 265, 3.5),
      x: stats(74_500, 640, 12_400, 0.9),
    },
  },
  {
    username: "devon_codes",
    display_name: "Devon Okafor",
    category: "tech",
    country: "NG",
    joined: "2013-02-21",
    verified: false,
    bio: "Staff engineer. Writing about distributed systems, TypeScript and shipping.",
    platforms: {
      x: stats(128_300, 930, 41_200, 1.4),
      linkedin: stats(96_100, 2_400, 860, 2.9),
      threads: stats(22_800, 410, 1_150, 1.8),
    },
  },
  {
    username: "liftwithlena",
    display_name: "Lena Brandt",
    category: "fitness",
    country: "DE",
    joined: "2017-01-30",
    verified: true,
    bio: "Strength coach. Progressive overload, no fads.",
    platforms: {
      instagram: stats(903_000, 522, 1_984, 4.2),
      tiktok: stats(1_450_000, 210, 744, 7.9),
      youtube: stats(228_000, 35, 190, 3.0),
    },
  },
  {
    username: "atelier_noor",
    display_name: "Noor Haddad",
    category: "fashion",
    country: "AE",
    joined: "2015-11-08",
    verified: true,
    bio: "Modest fashion, slow fashion. Designer and stylist in Dubai.",
    platforms: {
      instagram: stats(2_110_000, 390, 4_520, 2.4),
      tiktok: stats(760_000, 98, 530, 5.1),
      threads: stats(188_000, 150, 610, 1.6),
    },
  },
  {
    username: "pixelpaladin",
    display_name: "Sam Rivera",
    category: "gaming",
    country: "US",
    joined: "2012-07-14",
    verified: true,
    bio: "Speedruns, retro RPGs and co-op chaos. Live most nights.",
    platforms: {
      youtube: stats(3_420_000, 120, 1_870, 4.6),
      x: stats(612_000, 380, 28_900, 1.2),
      tiktok: stats(1_980_000, 60, 1_120, 8.3),
    },
  },
  {
    username: "the_lofi_loft",
    display_name: "Lofi Loft",
    category: "music",
    country: "FR",
    joined: "2018-03-19",
    verified: false,
    bio: "Beats to study and unwind to. Independent label from Lyon.",
    platforms: {
      youtube: stats(1_160_000, 14, 640, 1.9),
      instagram: stats(241_000, 301, 1_030, 2.0),
      tiktok: stats(415_000, 22, 310, 4.8),
    },
  },
  {
    username: "dailybrief_ke",
    display_name: "Daily Brief Kenya",
    category: "news",
    country: "KE",
    joined: "2011-10-02",
    verified: true,
    bio: "Morning news, explained in 60 seconds. Nairobi newsroom.",
    platforms: {
      x: stats(1_540_000, 1_020, 96_300, 0.6),
      instagram: stats(388_000, 240, 7_810, 1.3),
      linkedin: stats(57_400, 90, 2_210, 1.1),
    },
  },
  {
    username: "astro_amara",
    display_name: "Dr. Amara Osei",
    category: "science",
    country: "GH",
    joined: "2014-08-27",
    verified: true,
    bio: "Astrophysicist. Black holes, telescopes and the occasional bad pun.",
    platforms: {
      x: stats(342_000, 720, 18_600, 2.1),
      youtube: stats(519_000, 41, 230, 4.0),
      threads: stats(98_000, 300, 1_480, 2.5),
    },
  },
  {
    username: "founder_finn",
    display_name: "Finn Larsen",
    category: "business",
    country: "DK",
    joined: "2015-04-05",
    verified: false,
    bio: "Built and sold two SaaS companies. Notes on hiring, pricing and fundraising.",
    platforms: { linkedin: stats(412_000, 5_100, 1_930, 3.6), x: stats(88_900, 1_050, 15_700, 1.1) },
  },
  {
    username: "gigglesquad",
    display_name: "Giggle Squad",
    category: "comedy",
    country: "GB",
    joined: "2019-06-11",
    verified: true,
    bio: "Sketches from three flatmates in Manchester. New sketch Fridays.",
    platforms: {
      tiktok: stats(5_230_000, 88, 1_410, 9.6),
      instagram: stats(1_870_000, 140, 1_250, 5.3),
      youtube: stats(940_000, 12, 320, 3.8),
    },
  },
  {
    username: "inkandember",
    display_name: "Mei Lin",
    category: "art",
    country: "SG",
    joined: "2016-12-22",
    verified: false,
    bio: "Digital painter. Commissions open twice a year. Process videos weekly.",
    platforms: {
      instagram: stats(674_000, 455, 1_612, 5.8),
      tiktok: stats(1_120_000, 130, 460, 7.2),
      x: stats(143_000, 390, 9_850, 2.6),
    },
  },
  {
    username: "greenplate_ana",
    display_name: "Ana Sousa",
    category: "food",
    country: "BR",
    joined: "2018-08-16",
    verified: false,
    bio: "Plant-based Brazilian recipes on a student budget.",
    platforms: { instagram: stats(218_000, 640, 1_145, 4.9), tiktok: stats(530_000, 200, 690, 6.8) },
  },
  {
    username: "trailrunner_ravi",
    display_name: "Ravi Menon",
    category: "fitness",
    country: "IN",
    joined: "2015-02-09",
    verified: false,
    bio: "Ultramarathons in the Western Ghats. Training logs and gear tests.",
    platforms: {
      instagram: stats(157_000, 980, 2_040, 3.7),
      youtube: stats(89_400, 70, 150, 4.4),
      threads: stats(18_300, 260, 720, 2.2),
    },
  },
  {
    username: "cloudnative_cat",
    display_name: "Catalina Ruiz",
    category: "tech",
    country: "ES",
    joined: "2017-05-27",
    verified: true,
    bio: "Kubernetes, platform engineering and conference talks. Opinions my own.",
    platforms: {
      linkedin: stats(204_000, 3_300, 1_240, 3.3),
      x: stats(176_000, 820, 23_500, 1.5),
      youtube: stats(61_200, 25, 120, 2.9),
    },
  },
  {
    username: "wanderwild_aus",
    display_name: "Wander Wild",
    category: "travel",
    country: "AU",
    joined: "2013-09-30",
    verified: true,
    bio: "Road trips across Australia and New Zealand. Campervan life since 2013.",
    platforms: {
      instagram: stats(1_330_000, 710, 5_230, 2.1),
      youtube: stats(780_000, 30, 540, 3.3),
      tiktok: stats(990_000, 80, 860, 5.5),
    },
  },
];

/** Post texts per account category, with {tag} replaced by one of the category's hashtags. */
export const postTemplates: Record<AccountCategory, { texts: string[]; tags: string[] }> = {
  food: {
    texts: [
      "Sunday batch cooking: three dinners from one pot {tag}",
      "You asked for the recipe, here it is {tag}",
      "Five-ingredient weeknight dinner ready in 20 minutes {tag}",
    ],
    tags: ["#recipe", "#homecooking", "#foodie", "#mealprep"],
  },
  travel: {
    texts: [
      "Sunrise from the night train window {tag}",
      "Hidden streets nobody tells you about {tag}",
      "Packing list for two weeks with carry-on only {tag}",
    ],
    tags: ["#travel", "#slowtravel", "#wanderlust", "#roadtrip"],
  },
  tech: {
    texts: [
      "Thread: what we learned migrating 40 services {tag}",
      "Hot take: most caches are premature {tag}",
      "New post on type-safe APIs is up {tag}",
    ],
    tags: ["#typescript", "#devops", "#kubernetes", "#softwareengineering"],
  },
  fitness: {
    texts: [
      "Leg day, no excuses {tag}",
      "Form check: the hip hinge explained {tag}",
      "Week 6 of the training block, new PR {tag}",
    ],
    tags: ["#fitness", "#strengthtraining", "#running", "#gymtok"],
  },
  fashion: {
    texts: [
      "Three ways to style one linen shirt {tag}",
      "Behind the scenes of the new collection {tag}",
      "Capsule wardrobe for autumn {tag}",
    ],
    tags: ["#ootd", "#slowfashion", "#style", "#modestfashion"],
  },
  gaming: {
    texts: [
      "New personal best, 1:42:07 {tag}",
      "Co-op night was pure chaos {tag}",
      "Ranking every boss fight in the series {tag}",
    ],
    tags: ["#gaming", "#speedrun", "#retrogaming", "#twitch"],
  },
  music: {
    texts: [
      "New tape out now, 12 tracks for rainy days {tag}",
      "Studio session, unreleased loop {tag}",
      "What are you studying to tonight? {tag}",
    ],
    tags: ["#lofi", "#beats", "#studymusic", "#newmusic"],
  },
  news: {
    texts: [
      "Morning brief: the three stories to know today {tag}",
      "Explainer: what the new budget means for you {tag}",
      "Live updates from the city council vote {tag}",
    ],
    tags: ["#news", "#breaking", "#explainer", "#politics"],
  },
  science: {
    texts: [
      "Why black holes are not actually holes {tag}",
      "New telescope image just dropped and it is stunning {tag}",
      "Answering your questions about dark matter {tag}",
    ],
    tags: ["#science", "#astronomy", "#space", "#physics"],
  },
  business: {
    texts: [
      "The pricing mistake that cost us a year {tag}",
      "How we hire our first ten engineers {tag}",
      "Fundraising lessons from 40 investor meetings {tag}",
    ],
    tags: ["#startups", "#leadership", "#saas", "#entrepreneurship"],
  },
  comedy: {
    texts: [
      "When the group chat plans a holiday {tag}",
      "Flatmate rules, part 7 {tag}",
      "Every job interview ever {tag}",
    ],
    tags: ["#comedy", "#sketch", "#funny", "#relatable"],
  },
  art: {
    texts: [
      "Six hours of painting in 60 seconds {tag}",
      "Brush settings I use for every piece {tag}",
      "Commission for a client, shared with permission {tag}",
    ],
    tags: ["#digitalart", "#illustration", "#procreate", "#artprocess"],
  },
};

/** The account with this username (case-insensitive), if any. */
export function findAccount(username: string): SocialAccount | undefined {
  const wanted = username.replace(/^@/, "").toLowerCase();
  return socialAccounts.find((account) => account.username === wanted);
}

/** A few known usernames, for error messages. */
export const sampleUsernames = socialAccounts
  .slice(0, 5)
  .map((account) => account.username)
  .join(", ");
