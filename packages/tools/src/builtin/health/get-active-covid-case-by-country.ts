import { defineTool } from "../define-tool.js";
import { countryParameters, covidCoverage, requireCovidCountry } from "./covid-countries.js";

/** A simulated count of active COVID-19 cases in a country (BFCL's `get_active_covid_case_by_country`). */
export const getActiveCovidCaseByCountry = defineTool<{ country: string }>({
  name: "get_active_covid_case_by_country",
  description:
    "Finds the most up to date number of active COVID-19 cases in a country, given the country's full name.",
  category: "Health",
  simulated: {
    covers: `${covidCoverage}; active case counts are invented, scaled on the death toll and deterministic for the same country and seed`,
  },
  parameters: countryParameters(
    "The country to find the active cases of, in the format of the country's full name (e.g. Spain).",
  ),
  returns: { type: "integer", minimum: 0 },
  examples: [
    { arguments: { country: "Spain" }, result: 73498 },
    { arguments: { country: "usa" }, result: 486996 },
  ],
  invalidExamples: [
    { arguments: { country: "Narnia" }, error: "no COVID-19 figures for 'Narnia'" },
    { arguments: { country: 34 }, error: "$.country must be string" },
  ],
  run: ({ country }, { randomFor }) => {
    const known = requireCovidCountry(country);
    const random = randomFor(known.country);
    return Math.round(known.deaths * (0.05 + random.next() * 0.6));
  },
});
