import type { ObjectSchema } from "@apigen/core";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { foldText } from "../shared/fold-text.js";

/** Approximate cumulative COVID-19 deaths reported by mid-2023 (rounded to the thousand), by country. */
const deaths: Record<string, number> = {
  "United States": 1_127_000,
  Brazil: 704_000,
  India: 532_000,
  Russia: 400_000,
  Mexico: 334_000,
  "United Kingdom": 228_000,
  Peru: 221_000,
  Italy: 191_000,
  Germany: 174_000,
  France: 167_000,
  Indonesia: 162_000,
  Iran: 146_000,
  Colombia: 143_000,
  Argentina: 130_000,
  China: 121_000,
  Spain: 121_000,
  Poland: 120_000,
  Ukraine: 112_000,
  "South Africa": 102_000,
  Turkey: 101_000,
  Japan: 74_000,
  Canada: 52_000,
  "South Korea": 35_000,
  Australia: 22_000,
};
const aliases: Record<string, string> = {
  usa: "United States",
  us: "United States",
  "united states of america": "United States",
  uk: "United Kingdom",
  "great britain": "United Kingdom",
  "russian federation": "Russia",
  turkiye: "Turkey",
  korea: "South Korea",
};

/**
 * The country's canonical name and approximate COVID-19 death toll, or a `ToolArgumentError` naming some.
 *
 * @example
 * requireCovidCountry("brazil"); // { country: "Brazil", deaths: 704000 }
 */
export function requireCovidCountry(name: string): { country: string; deaths: number } {
  const folded = foldText(name).trim();
  const country = aliases[folded] ?? Object.keys(deaths).find((known) => foldText(known) === folded);
  const count = country === undefined ? undefined : deaths[country];
  if (country === undefined || count === undefined) {
    throw new ToolArgumentError({
      message: `no COVID-19 figures for '${name}'; give a country's full English name such as ${Object.keys(deaths).slice(0, 8).join(", ")}`,
      argument: "country",
    });
  }
  return { country, deaths: count };
}

/** What the simulated COVID-19 tools cover. */
export const covidCoverage =
  "24 countries with the most reported COVID-19 deaths: death totals are real approximate cumulative figures (mid-2023, rounded to the thousand)";

/**
 * The parameters of the BFCL COVID-19 tools: one required `country` full name, described as given.
 *
 * @example
 * countryParameters("The country.").required; // ["country"]
 */
export const countryParameters = (description: string): ObjectSchema => ({
  type: "object",
  properties: { country: { type: "string", minLength: 2, description } },
  required: ["country"],
  additionalProperties: false,
});
