import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { airlines } from "./data/airlines.js";

/** Facts about an airline by IATA designator. */
export const getAirlineInfo = defineTool<{ airline_code: string }>({
  name: "get_airline_info",
  description:
    "Look up an airline by its 2-character IATA designator. Returns its name, home country, alliance (Star Alliance, oneworld, SkyTeam or null) and main hub airports.",
  category: "Travel",
  simulated: {
    covers:
      "25 major airlines with real IATA designators, home countries, alliance membership as of 2024 and main hubs",
  },
  parameters: {
    type: "object",
    properties: {
      airline_code: {
        type: "string",
        pattern: "^[A-Z0-9]{2}$",
        description: "IATA airline designator, e.g. BA or B6.",
      },
    },
    required: ["airline_code"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      iata: { type: "string" },
      name: { type: "string" },
      country: { type: "string" },
      alliance: { type: ["string", "null"], enum: ["Star Alliance", "oneworld", "SkyTeam", null] },
      hubs: { type: "array", items: { type: "string" } },
    },
    required: ["iata", "name", "country", "alliance", "hubs"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { airline_code: "LH" },
      result: {
        iata: "LH",
        name: "Lufthansa",
        country: "DE",
        alliance: "Star Alliance",
        hubs: ["FRA", "MUC"],
      },
    },
    {
      arguments: { airline_code: "EK" },
      result: { iata: "EK", name: "Emirates", country: "AE", alliance: null, hubs: ["DXB"] },
    },
  ],
  invalidExamples: [
    { arguments: { airline_code: "ZZ" }, error: "unknown airline code 'ZZ'" },
    { arguments: { airline_code: "BAW" }, error: "$.airline_code must match pattern" },
  ],
  run: ({ airline_code }) => {
    const airline = airlines.find((candidate) => candidate.iata === airline_code);
    if (airline === undefined) {
      throw new ToolArgumentError({
        message: `unknown airline code '${airline_code}'; known codes include AA, DL, UA, BA, LH, AF, EK, QR, SQ, NH`,
        argument: "airline_code",
      });
    }
    return { ...airline, hubs: [...airline.hubs] };
  },
});
