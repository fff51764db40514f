/**
 * Major cities with an approximate recent annual mean PM2.5 concentration (µg/m³), rounded; illustrative
 * levels in line with published monitoring summaries, used to synthesise daily readings.
 */
export const cityAir: Record<string, { country: string; pm25_annual: number }> = {
  Delhi: { country: "IN", pm25_annual: 90 },
  Lahore: { country: "PK", pm25_annual: 95 },
  Dhaka: { country: "BD", pm25_annual: 80 },
  Mumbai: { country: "IN", pm25_annual: 45 },
  Beijing: { country: "CN", pm25_annual: 34 },
  Shanghai: { country: "CN", pm25_annual: 28 },
  Jakarta: { country: "ID", pm25_annual: 43 },
  Cairo: { country: "EG", pm25_annual: 40 },
  Lagos: { country: "NG", pm25_annual: 30 },
  Johannesburg: { country: "ZA", pm25_annual: 25 },
  Bangkok: { country: "TH", pm25_annual: 22 },
  Seoul: { country: "KR", pm25_annual: 20 },
  "Mexico City": { country: "MX", pm25_annual: 19 },
  "São Paulo": { country: "BR", pm25_annual: 15 },
  "Los Angeles": { country: "US", pm25_annual: 12 },
  Paris: { country: "FR", pm25_annual: 11 },
  Berlin: { country: "DE", pm25_annual: 10 },
  Tokyo: { country: "JP", pm25_annual: 10 },
  London: { country: "GB", pm25_annual: 9 },
  "New York": { country: "US", pm25_annual: 8 },
  Toronto: { country: "CA", pm25_annual: 7 },
  Sydney: { country: "AU", pm25_annual: 6 },
  Stockholm: { country: "SE", pm25_annual: 5 },
  Helsinki: { country: "FI", pm25_annual: 4 },
};
