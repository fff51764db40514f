import { defineTool } from "../define-tool.js";
import { countryParameters, covidCoverage, requireCovidCountry } from "./covid-countries.js";

/** The reported COVID-19 death toll of a country (BFCL's `get_covid_death_by_country`). */
export const getCovidDeathByCountry = defineTool<{ country: string }>({
  name: "get_covid_death_by_country",
  description:
    "Finds the most up to date total number of deaths from COVID-19 reported by a country, given the country's full name.",
  category: "Health",
  simulated: { covers: `${covidCoverage}; the figures are a fixed snapshot` },
  parameters: countryParameters(
    "The country to find the total deaths of, in the format of the country's full name (e.g. Brazil).",
  ),
  returns: { type: "integer", minimum: 0 },
  examples: [
    { arguments: { country: "Brazil" }, result: 704000 },
    { arguments: { country: "United States" }, result: 1127000 },
  ],
  invalidExamples: [
    { arguments: { country: "Atlantis" }, error: "no COVID-19 figures for 'Atlantis'" },
    { arguments: { country: "" }, error: "$.country must NOT have fewer than 2 characters" },
  ],
  run: ({ country }) => requireCovidCountry(country).deaths,
});
