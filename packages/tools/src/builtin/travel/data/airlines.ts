/** An airline with its codes, home country, alliance and main hubs. */
export interface AirlineRecord {
  iata: string;
  name: string;
  country: string;
  alliance: "Star Alliance" | "oneworld" | "SkyTeam" | null;
  /** Main hub airports (IATA codes of airports in airports.ts). */
  hubs: string[];
}

/** 25 airlines (real IATA codes, countries, alliance membership as of 2024 and main hubs). */
export const airlines: readonly AirlineRecord[] = [
  {
    iata: "AA",
    name: "American Airlines",
    country: "US",
    alliance: "oneworld",
    hubs: ["DFW", "MIA", "ORD", "JFK"],
  },
  {
    iata: "DL",
    name: "Delta Air Lines",
    country: "US",
    alliance: "SkyTeam",
    hubs: ["ATL", "JFK", "SEA", "LAX"],
  },
  {
    iata: "UA",
    name: "United Airlines",
    country: "US",
    alliance: "Star Alliance",
    hubs: ["ORD", "DEN", "SFO"],
  },
  { iata: "AS", name: "Alaska Airlines", country: "US", alliance: "oneworld", hubs: ["SEA"] },
  { iata: "B6", name: "JetBlue Airways", country: "US", alliance: null, hubs: ["JFK", "BOS"] },
  { iata: "AC", name: "Air Canada", country: "CA", alliance: "Star Alliance", hubs: ["YYZ", "YVR"] },
  { iata: "BA", name: "British Airways", country: "GB", alliance: "oneworld", hubs: ["LHR", "LGW"] },
  { iata: "U2", name: "easyJet", country: "GB", alliance: null, hubs: ["LGW"] },
  { iata: "FR", name: "Ryanair", country: "IE", alliance: null, hubs: ["DUB"] },
  { iata: "AF", name: "Air France", country: "FR", alliance: "SkyTeam", hubs: ["CDG"] },
  { iata: "KL", name: "KLM Royal Dutch Airlines", country: "NL", alliance: "SkyTeam", hubs: ["AMS"] },
  { iata: "LH", name: "Lufthansa", country: "DE", alliance: "Star Alliance", hubs: ["FRA", "MUC"] },
  {
    iata: "LX",
    name: "Swiss International Air Lines",
    country: "CH",
    alliance: "Star Alliance",
    hubs: ["ZRH"],
  },
  { iata: "IB", name: "Iberia", country: "ES", alliance: "oneworld", hubs: ["MAD"] },
  { iata: "TK", name: "Turkish Airlines", country: "TR", alliance: "Star Alliance", hubs: ["IST"] },
  { iata: "EK", name: "Emirates", country: "AE", alliance: null, hubs: ["DXB"] },
  { iata: "QR", name: "Qatar Airways", country: "QA", alliance: "oneworld", hubs: ["DOH"] },
  { iata: "AI", name: "Air India", country: "IN", alliance: "Star Alliance", hubs: ["DEL", "BOM"] },
  { iata: "SQ", name: "Singapore Airlines", country: "SG", alliance: "Star Alliance", hubs: ["SIN"] },
  { iata: "CX", name: "Cathay Pacific", country: "HK", alliance: "oneworld", hubs: ["HKG"] },
  { iata: "NH", name: "All Nippon Airways", country: "JP", alliance: "Star Alliance", hubs: ["HND", "NRT"] },
  { iata: "JL", name: "Japan Airlines", country: "JP", alliance: "oneworld", hubs: ["HND", "NRT"] },
  { iata: "KE", name: "Korean Air", country: "KR", alliance: "SkyTeam", hubs: ["ICN"] },
  { iata: "QF", name: "Qantas", country: "AU", alliance: "oneworld", hubs: ["SYD", "MEL"] },
  { iata: "NZ", name: "Air New Zealand", country: "NZ", alliance: "Star Alliance", hubs: ["AKL"] },
];
