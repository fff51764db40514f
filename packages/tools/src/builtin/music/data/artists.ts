/** A small catalogue of well-known artists, with real facts (country as ISO 3166-1 alpha-2). */
export interface Artist {
  name: string;
  kind: "band" | "solo";
  country: string;
  active_since: number;
  genres: string[];
  notable_albums: { title: string; year: number }[];
}

export const artists: readonly Artist[] = [
  {
    name: "The Beatles",
    kind: "band",
    country: "GB",
    active_since: 1960,
    genres: ["rock", "pop"],
    notable_albums: [
      { title: "Revolver", year: 1966 },
      { title: "Sgt. Pepper's Lonely Hearts Club Band", year: 1967 },
      { title: "Abbey Road", year: 1969 },
    ],
  },
  {
    name: "Queen",
    kind: "band",
    country: "GB",
    active_since: 1970,
    genres: ["rock"],
    notable_albums: [
      { title: "A Night at the Opera", year: 1975 },
      { title: "News of the World", year: 1977 },
    ],
  },
  {
    name: "Led Zeppelin",
    kind: "band",
    country: "GB",
    active_since: 1968,
    genres: ["rock"],
    notable_albums: [
      { title: "Led Zeppelin IV", year: 1971 },
      { title: "Physical Graffiti", year: 1975 },
    ],
  },
  {
    name: "Pink Floyd",
    kind: "band",
    country: "GB",
    active_since: 1965,
    genres: ["rock"],
    notable_albums: [
      { title: "The Dark Side of the Moon", year: 1973 },
      { title: "Wish You Were Here", year: 1975 },
      { title: "The Wall", year: 1979 },
    ],
  },
  {
    name: "The Rolling Stones",
    kind: "band",
    country: "GB",
    active_since: 1962,
    genres: ["rock"],
    notable_albums: [
      { title: "Sticky Fingers", year: 1971 },
      { title: "Exile on Main St.", year: 1972 },
    ],
  },
  {
    name: "David Bowie",
    kind: "solo",
    country: "GB",
    active_since: 1962,
    genres: ["rock", "pop"],
    notable_albums: [
      { title: "The Rise and Fall of Ziggy Stardust and the Spiders from Mars", year: 1972 },
      { title: '"Heroes"', year: 1977 },
    ],
  },
  {
    name: "Fleetwood Mac",
    kind: "band",
    country: "GB",
    active_since: 1967,
    genres: ["rock", "pop"],
    notable_albums: [{ title: "Rumours", year: 1977 }],
  },
  {
    name: "Radiohead",
    kind: "band",
    country: "GB",
    active_since: 1985,
    genres: ["rock", "electronic"],
    notable_albums: [
      { title: "OK Computer", year: 1997 },
      { title: "Kid A", year: 2000 },
    ],
  },
  {
    name: "Coldplay",
    kind: "band",
    country: "GB",
    active_since: 1997,
    genres: ["rock", "pop"],
    notable_albums: [
      { title: "Parachutes", year: 2000 },
      { title: "A Rush of Blood to the Head", year: 2002 },
    ],
  },
  {
    name: "Adele",
    kind: "solo",
    country: "GB",
    active_since: 2006,
    genres: ["pop", "soul"],
    notable_albums: [
      { title: "21", year: 2011 },
      { title: "25", year: 2015 },
    ],
  },
  {
    name: "Ed Sheeran",
    kind: "solo",
    country: "GB",
    active_since: 2004,
    genres: ["pop"],
    notable_albums: [
      { title: "+", year: 2011 },
      { title: "÷", year: 2017 },
    ],
  },
  {
    name: "U2",
    kind: "band",
    country: "IE",
    active_since: 1976,
    genres: ["rock"],
    notable_albums: [
      { title: "The Joshua Tree", year: 1987 },
      { title: "Achtung Baby", year: 1991 },
    ],
  },
  {
    name: "Nirvana",
    kind: "band",
    country: "US",
    active_since: 1987,
    genres: ["rock"],
    notable_albums: [
      { title: "Nevermind", year: 1991 },
      { title: "In Utero", year: 1993 },
    ],
  },
  {
    name: "Metallica",
    kind: "band",
    country: "US",
    active_since: 1981,
    genres: ["metal"],
    notable_albums: [
      { title: "Master of Puppets", year: 1986 },
      { title: "Metallica", year: 1991 },
    ],
  },
  {
    name: "Michael Jackson",
    kind: "solo",
    country: "US",
    active_since: 1964,
    genres: ["pop", "r&b"],
    notable_albums: [
      { title: "Thriller", year: 1982 },
      { title: "Bad", year: 1987 },
    ],
  },
  {
    name: "Madonna",
    kind: "solo",
    country: "US",
    active_since: 1979,
    genres: ["pop"],
    notable_albums: [
      { title: "Like a Virgin", year: 1984 },
      { title: "Like a Prayer", year: 1989 },
      { title: "Ray of Light", year: 1998 },
    ],
  },
  {
    name: "Stevie Wonder",
    kind: "solo",
    country: "US",
    active_since: 1961,
    genres: ["soul", "r&b"],
    notable_albums: [
      { title: "Talking Book", year: 1972 },
      { title: "Songs in the Key of Life", year: 1976 },
    ],
  },
  {
    name: "Miles Davis",
    kind: "solo",
    country: "US",
    active_since: 1944,
    genres: ["jazz"],
    notable_albums: [
      { title: "Kind of Blue", year: 1959 },
      { title: "Bitches Brew", year: 1970 },
    ],
  },
  {
    name: "Johnny Cash",
    kind: "solo",
    country: "US",
    active_since: 1954,
    genres: ["country"],
    notable_albums: [{ title: "At Folsom Prison", year: 1968 }],
  },
  {
    name: "Beyoncé",
    kind: "solo",
    country: "US",
    active_since: 1990,
    genres: ["pop", "r&b"],
    notable_albums: [
      { title: "Dangerously in Love", year: 2003 },
      { title: "Lemonade", year: 2016 },
    ],
  },
  {
    name: "Taylor Swift",
    kind: "solo",
    country: "US",
    active_since: 2004,
    genres: ["pop", "country"],
    notable_albums: [
      { title: "1989", year: 2014 },
      { title: "Folklore", year: 2020 },
      { title: "Midnights", year: 2022 },
    ],
  },
  {
    name: "Eminem",
    kind: "solo",
    country: "US",
    active_since: 1988,
    genres: ["hip-hop"],
    notable_albums: [
      { title: "The Marshall Mathers LP", year: 2000 },
      { title: "The Eminem Show", year: 2002 },
    ],
  },
  {
    name: "Kendrick Lamar",
    kind: "solo",
    country: "US",
    active_since: 2003,
    genres: ["hip-hop"],
    notable_albums: [
      { title: "good kid, m.A.A.d city", year: 2012 },
      { title: "To Pimp a Butterfly", year: 2015 },
      { title: "DAMN.", year: 2017 },
    ],
  },
  {
    name: "Billie Eilish",
    kind: "solo",
    country: "US",
    active_since: 2015,
    genres: ["pop"],
    notable_albums: [
      { title: "When We All Fall Asleep, Where Do We Go?", year: 2019 },
      { title: "Happier Than Ever", year: 2021 },
    ],
  },
  {
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
  {
    name: "ABBA",
    kind: "band",
    country: "SE",
    active_since: 1972,
    genres: ["pop"],
    notable_albums: [{ title: "Arrival", year: 1976 }],
  },
  {
    name: "AC/DC",
    kind: "band",
    country: "AU",
    active_since: 1973,
    genres: ["rock"],
    notable_albums: [
      { title: "Highway to Hell", year: 1979 },
      { title: "Back in Black", year: 1980 },
    ],
  },
  {
    name: "Bob Marley and the Wailers",
    kind: "band",
    country: "JM",
    active_since: 1963,
    genres: ["reggae"],
    notable_albums: [
      { title: "Catch a Fire", year: 1973 },
      { title: "Exodus", year: 1977 },
    ],
  },
  {
    name: "BTS",
    kind: "band",
    country: "KR",
    active_since: 2013,
    genres: ["pop"],
    notable_albums: [
      { title: "Map of the Soul: 7", year: 2020 },
      { title: "BE", year: 2020 },
    ],
  },
  {
    name: "Shakira",
    kind: "solo",
    country: "CO",
    active_since: 1990,
    genres: ["pop", "latin"],
    notable_albums: [
      { title: "Laundry Service", year: 2001 },
      { title: "Oral Fixation, Vol. 2", year: 2005 },
    ],
  },
  {
    name: "Bad Bunny",
    kind: "solo",
    country: "PR",
    active_since: 2016,
    genres: ["latin", "hip-hop"],
    notable_albums: [
      { title: "YHLQMDLG", year: 2020 },
      { title: "Un Verano Sin Ti", year: 2022 },
    ],
  },
];
