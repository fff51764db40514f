/** Fictional cinemas in real cities, with local currency and typical ticket prices, for simulated showtimes. */

export interface Cinema {
  id: string;
  name: string;
  city: string;
  currency: string;
  base_price: number;
  formats: ("2D" | "3D" | "IMAX" | "Dolby Cinema")[];
}

export const cinemas: Cinema[] = [
  {
    id: "nyc-1",
    name: "Hudson Picture House",
    city: "New York",
    currency: "USD",
    base_price: 17.5,
    formats: ["2D", "IMAX"],
  },
  {
    id: "nyc-2",
    name: "Bowery Film Hall",
    city: "New York",
    currency: "USD",
    base_price: 15,
    formats: ["2D"],
  },
  {
    id: "lon-1",
    name: "Thames Screen Rooms",
    city: "London",
    currency: "GBP",
    base_price: 14,
    formats: ["2D", "IMAX"],
  },
  {
    id: "lon-2",
    name: "Camden Lantern Cinema",
    city: "London",
    currency: "GBP",
    base_price: 11.5,
    formats: ["2D", "3D"],
  },
  {
    id: "par-1",
    name: "Cinéma Rive Gauche",
    city: "Paris",
    currency: "EUR",
    base_price: 12.9,
    formats: ["2D", "Dolby Cinema"],
  },
  {
    id: "ber-1",
    name: "Kino am Kanal",
    city: "Berlin",
    currency: "EUR",
    base_price: 11,
    formats: ["2D", "3D"],
  },
  {
    id: "tok-1",
    name: "Shibuya Star Theatre",
    city: "Tokyo",
    currency: "JPY",
    base_price: 2000,
    formats: ["2D", "IMAX"],
  },
  {
    id: "syd-1",
    name: "Harbourside Cinemas",
    city: "Sydney",
    currency: "AUD",
    base_price: 24,
    formats: ["2D", "IMAX"],
  },
  {
    id: "tor-1",
    name: "Queen West Cineplex",
    city: "Toronto",
    currency: "CAD",
    base_price: 16.5,
    formats: ["2D", "3D", "IMAX"],
  },
  {
    id: "mum-1",
    name: "Marine Drive Talkies",
    city: "Mumbai",
    currency: "INR",
    base_price: 350,
    formats: ["2D", "IMAX"],
  },
];

export const cinemaCities = [...new Set(cinemas.map((cinema) => cinema.city))];

/** Screening start times a cinema may use. */
export const screeningSlots = [
  "11:00",
  "12:30",
  "13:45",
  "15:15",
  "16:40",
  "18:00",
  "19:20",
  "20:45",
  "22:10",
];
