import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { countries } from "./data/countries.js";

/** Practical facts for travellers about a country. */
export const getCountryTravelInfo = defineTool<{ country_code: string }>({
  name: "get_country_travel_info",
  description:
    "Get practical travel facts about a country from its ISO 3166-1 alpha-2 code: name, capital, currency (ISO 4217), international calling code, the side of the road people drive on, and main languages.",
  category: "Travel",
  simulated: { covers: "32 popular destination countries on six continents; all facts are real" },
  parameters: {
    type: "object",
    properties: {
      country_code: {
        type: "string",
        pattern: "^[A-Z]{2}$",
        description: "ISO 3166-1 alpha-2 country code, e.g. JP.",
      },
    },
    required: ["country_code"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      code: { type: "string" },
      name: { type: "string" },
      capital: { type: "string" },
      currency: { type: "string", pattern: "^[A-Z]{3}$" },
      calling_code: { type: "string", pattern: "^\\+\\d{1,4}$" },
      driving_side: { type: "string", enum: ["left", "right"] },
      languages: { type: "array", items: { type: "string" } },
    },
    required: ["code", "name", "capital", "currency", "calling_code", "driving_side", "languages"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { country_code: "JP" },
      result: {
        code: "JP",
        name: "Japan",
        capital: "Tokyo",
        currency: "JPY",
        calling_code: "+81",
        driving_side: "left",
        languages: ["Japanese"],
      },
    },
  ],
  invalidExamples: [
    { arguments: { country_code: "XK" }, error: "no travel information for country code 'XK'" },
    { arguments: { country_code: "JPN" }, error: "$.country_code must match pattern" },
  ],
  run: ({ country_code }) => {
    const country = countries.find((candidate) => candidate.code === country_code);
    if (country === undefined) {
      throw new ToolArgumentError({
        message: `no travel information for country code '${country_code}'; covered codes include US, GB, FR, DE, JP, IN, AU, BR, ZA, AE`,
        argument: "country_code",
      });
    }
    return { ...country, languages: [...country.languages] };
  },
});
