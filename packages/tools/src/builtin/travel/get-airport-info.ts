import { defineTool } from "../define-tool.js";
import { formatZonedDateTime } from "../shared/format-zoned-date-time.js";
import { airportCode, findAirport } from "./geo.js";

/** Facts about an airport by IATA code. */
export const getAirportInfo = defineTool<{ iata_code: string; at?: string }>({
  name: "get_airport_info",
  description:
    "Look up an airport by its 3-letter IATA code. Returns its name, city, country, coordinates, IANA time zone and, when an instant is given, the local time at the airport at that instant.",
  category: "Travel",
  simulated: {
    covers: "50 major airports on six continents with real IATA codes, names, coordinates and time zones",
  },
  parameters: {
    type: "object",
    properties: {
      iata_code: airportCode("IATA airport code in upper case, e.g. LHR."),
      at: {
        type: "string",
        format: "date-time",
        description:
          "An instant (ISO 8601 with offset) to give the airport's local time for, e.g. 2024-07-01T12:00:00Z.",
      },
    },
    required: ["iata_code"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      iata: { type: "string" },
      name: { type: "string" },
      city: { type: "string" },
      country: { type: "string" },
      latitude: { type: "number", minimum: -90, maximum: 90 },
      longitude: { type: "number", minimum: -180, maximum: 180 },
      timezone: { type: "string" },
      local_time: {
        type: ["string", "null"],
        description: "Local time at `at`, or null when `at` was not given.",
      },
    },
    required: ["iata", "name", "city", "country", "latitude", "longitude", "timezone", "local_time"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { iata_code: "LHR", at: "2024-07-01T12:00:00Z" },
      result: {
        iata: "LHR",
        name: "London Heathrow Airport",
        city: "London",
        country: "GB",
        latitude: 51.47,
        longitude: -0.4543,
        timezone: "Europe/London",
        local_time: "2024-07-01T13:00:00+01:00",
      },
    },
    {
      arguments: { iata_code: "SIN" },
      result: {
        iata: "SIN",
        name: "Singapore Changi Airport",
        city: "Singapore",
        country: "SG",
        latitude: 1.3644,
        longitude: 103.9915,
        timezone: "Asia/Singapore",
        local_time: null,
      },
    },
  ],
  invalidExamples: [
    { arguments: { iata_code: "XXX" }, error: "unknown airport code 'XXX'" },
    { arguments: { iata_code: "lhr" }, error: "$.iata_code must match pattern" },
  ],
  run: ({ iata_code, at }) => {
    const airport = findAirport(iata_code, "iata_code");
    return {
      ...airport,
      local_time: at === undefined ? null : formatZonedDateTime(Date.parse(at), airport.timezone),
    };
  },
});
