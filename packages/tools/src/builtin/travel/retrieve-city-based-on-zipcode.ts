import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { usZipCodes } from "./data/us-zip-codes.js";

/** The city of a US ZIP code (BFCL's `retrieve_city_based_on_zipcode`). */
export const retrieveCityBasedOnZipcode = defineTool<{ zipcode: string }>({
  name: "retrieve_city_based_on_zipcode",
  description: "Finds the city of a five-digit US ZIP code, e.g. 'Beverly Hills' for 90210.",
  category: "Travel",
  simulated: {
    covers: `${usZipCodes.length} real US ZIP codes of city centres (New York 10001, Chicago 60601, ...)`,
  },
  parameters: {
    type: "object",
    properties: {
      zipcode: {
        type: "string",
        pattern: "^[0-9]{5}$",
        description: "The five-digit ZIP code of the city, e.g. '10001'.",
      },
    },
    required: ["zipcode"],
    additionalProperties: false,
  },
  returns: { type: "string", minLength: 1 },
  examples: [
    { arguments: { zipcode: "90210" }, result: "Beverly Hills" },
    { arguments: { zipcode: "08540" }, result: "Princeton" },
  ],
  invalidExamples: [
    { arguments: { zipcode: "00000" }, error: "unknown ZIP code '00000'" },
    { arguments: { zipcode: "9021" }, error: "$.zipcode must match pattern" },
  ],
  run: ({ zipcode }) => {
    const found = usZipCodes.find((entry) => entry.zipcode === zipcode);
    if (found === undefined) {
      throw new ToolArgumentError({
        message: `unknown ZIP code '${zipcode}'; known ZIP codes include 10001, 60601, 90210, 94102, 02108`,
        argument: "zipcode",
      });
    }
    return found.city;
  },
});
