import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { foldText } from "../shared/fold-text.js";
import { companies, sectors } from "./data/companies.js";

/** Profile of a listed company by ticker or name. */
export const lookupCompanyProfile = defineTool<{ query: string; as_of_year?: number }>({
  name: "lookup_company_profile",
  description:
    "Look up a large listed company by ticker symbol (exact) or by part of its name. Returns its legal name, ticker, primary exchange, founding year, headquarters, country, sector, founders and, given a year, its age in years.",
  category: "Business",
  simulated: {
    covers:
      "26 large listed companies from the US, Europe and Asia with their real tickers, exchanges, founding years, headquarters and founders",
  },
  parameters: {
    type: "object",
    properties: {
      query: {
        type: "string",
        minLength: 1,
        maxLength: 80,
        description: "Ticker (e.g. 'NVDA', '7203') or name fragment (e.g. 'nestle').",
      },
      as_of_year: {
        type: "integer",
        minimum: 1800,
        maximum: 2100,
        description: "Optional year for which to compute the company's age.",
      },
    },
    required: ["query"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      name: { type: "string" },
      ticker: { type: "string" },
      exchange: { type: "string" },
      founded: { type: "integer" },
      headquarters: { type: "string" },
      country: { type: "string", pattern: "^[A-Z]{2}$" },
      sector: { type: "string", enum: [...sectors] },
      founders: { type: "array", items: { type: "string" } },
      age_years: { type: "integer", minimum: 0 },
    },
    required: ["name", "ticker", "exchange", "founded", "headquarters", "country", "sector", "founders"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { query: "nvda", as_of_year: 2024 },
      result: {
        name: "NVIDIA Corporation",
        ticker: "NVDA",
        exchange: "NASDAQ",
        founded: 1993,
        headquarters: "Santa Clara, California",
        country: "US",
        sector: "Information Technology",
        founders: ["Jensen Huang", "Chris Malachowsky", "Curtis Priem"],
        age_years: 31,
      },
    },
    {
      arguments: { query: "Nestle" },
      result: {
        name: "Nestlé S.A.",
        ticker: "NESN",
        exchange: "SIX Swiss Exchange",
        founded: 1866,
        headquarters: "Vevey",
        country: "CH",
        sector: "Consumer Staples",
        founders: ["Henri Nestlé"],
      },
    },
  ],
  invalidExamples: [
    { arguments: { query: "Initech" }, error: "no company matches 'Initech'" },
    { arguments: { query: "Inc" }, error: "'Inc' matches 7 companies" },
    { arguments: { query: "TSLA", as_of_year: 1990 }, error: "was founded in 2003, after as_of_year 1990" },
  ],
  run: ({ query, as_of_year: year }) => {
    const wanted = foldText(query);
    const byTicker = companies.filter((company) => company.ticker.toLowerCase() === wanted);
    const matches =
      byTicker.length > 0 ? byTicker : companies.filter((company) => foldText(company.name).includes(wanted));
    if (matches.length === 0) {
      throw new ToolArgumentError({
        message: `no company matches '${query}'; try a ticker such as AAPL, SAP, 7203 or a name such as 'Toyota'`,
        argument: "query",
      });
    }
    if (matches.length > 1) {
      throw new ToolArgumentError({
        message: `'${query}' matches ${matches.length} companies (${matches.map((m) => m.ticker).join(", ")}); use a ticker or a more specific name`,
        argument: "query",
      });
    }
    const company = matches[0] as (typeof companies)[number];
    if (year !== undefined && year < company.founded) {
      throw new ToolArgumentError({
        message: `${company.name} was founded in ${company.founded}, after as_of_year ${year}`,
        argument: "as_of_year",
      });
    }
    return {
      ...company,
      founders: [...company.founders],
      ...(year === undefined ? {} : { age_years: year - company.founded }),
    };
  },
});
