/** US EPA Air Quality Index breakpoints (PM2.5 as revised in 2024) and the index computation. */

export interface Pollutant {
  label: string;
  unit: string;
  /** Decimals the concentration is truncated to before lookup. */
  decimals: number;
  /** Upper concentration bound of each AQI band: 0-50, 51-100, 101-150, 151-200, 201-300, 301-500. */
  highs: number[];
}

export const pollutants: Record<string, Pollutant> = {
  pm25: {
    label: "PM2.5 (24-hour)",
    unit: "µg/m³",
    decimals: 1,
    highs: [9.0, 35.4, 55.4, 125.4, 225.4, 325.4],
  },
  pm10: { label: "PM10 (24-hour)", unit: "µg/m³", decimals: 0, highs: [54, 154, 254, 354, 424, 604] },
  o3_8h: { label: "Ozone (8-hour)", unit: "ppm", decimals: 3, highs: [0.054, 0.07, 0.085, 0.105, 0.2] },
  co_8h: {
    label: "Carbon monoxide (8-hour)",
    unit: "ppm",
    decimals: 1,
    highs: [4.4, 9.4, 12.4, 15.4, 30.4, 50.4],
  },
  no2_1h: {
    label: "Nitrogen dioxide (1-hour)",
    unit: "ppb",
    decimals: 0,
    highs: [53, 100, 360, 649, 1249, 2049],
  },
  so2_1h: {
    label: "Sulfur dioxide (1-hour)",
    unit: "ppb",
    decimals: 0,
    highs: [35, 75, 185, 304, 604, 1004],
  },
};

const bands = [
  { low: 0, high: 50, category: "Good", advice: "Air quality is satisfactory; enjoy outdoor activities." },
  {
    low: 51,
    high: 100,
    category: "Moderate",
    advice: "Unusually sensitive people should consider reducing prolonged outdoor exertion.",
  },
  {
    low: 101,
    high: 150,
    category: "Unhealthy for Sensitive Groups",
    advice:
      "People with heart or lung disease, older adults and children should reduce prolonged outdoor exertion.",
  },
  {
    low: 151,
    high: 200,
    category: "Unhealthy",
    advice: "Everyone should reduce prolonged outdoor exertion; sensitive groups should avoid it.",
  },
  {
    low: 201,
    high: 300,
    category: "Very Unhealthy",
    advice: "Everyone should avoid prolonged outdoor exertion; sensitive groups should stay indoors.",
  },
  {
    low: 301,
    high: 500,
    category: "Hazardous",
    advice: "Health warning of emergency conditions: everyone should avoid all outdoor activity.",
  },
];

/** The AQI of a concentration, or undefined when it is above the top of the scale. */
export function airQualityIndex(pollutant: Pollutant, concentration: number) {
  const factor = 10 ** pollutant.decimals;
  const value = Math.floor(concentration * factor + 1e-9) / factor;
  const step = 1 / factor;
  for (let index = 0; index < pollutant.highs.length; index += 1) {
    const high = pollutant.highs[index] ?? 0;
    if (value <= high) {
      const low = index === 0 ? 0 : (pollutant.highs[index - 1] ?? 0) + step;
      const band = bands[index] ?? bands[0];
      if (band === undefined) {
        return undefined;
      }
      const aqi = Math.round(((band.high - band.low) / (high - low)) * (value - low) + band.low + 1e-9);
      return { aqi, category: band.category, advice: band.advice, truncated: value };
    }
  }
  return undefined;
}
