import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { foldText } from "../shared/fold-text.js";
import { cityCoordinates } from "./data/city-coordinates.js";

/** The coordinates of a city (BFCL's `get_coordinates_from_city`). */
export const getCoordinatesFromCity = defineTool<{ city_name: string }>({
  name: "get_coordinates_from_city",
  description:
    "Fetches the latitude and longitude (decimal degrees, WGS 84) of the centre of a city given its name, e.g. 'Rome'.",
  category: "Travel",
  simulated: {
    covers: `${cityCoordinates.length} major cities on six continents with real city-centre coordinates`,
  },
  parameters: {
    type: "object",
    properties: {
      city_name: { type: "string", minLength: 1, description: "The name of the city, such as 'Rome'." },
    },
    required: ["city_name"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      city: { type: "string" },
      latitude: { type: "number", minimum: -90, maximum: 90 },
      longitude: { type: "number", minimum: -180, maximum: 180 },
    },
    required: ["city", "latitude", "longitude"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { city_name: "Paris" }, result: { city: "Paris", latitude: 48.8566, longitude: 2.3522 } },
    {
      arguments: { city_name: "são paulo" },
      result: { city: "Sao Paulo", latitude: -23.5505, longitude: -46.6333 },
    },
  ],
  invalidExamples: [
    { arguments: { city_name: "Atlantis" }, error: "unknown city 'Atlantis'" },
    { arguments: { city_name: "" }, error: "$.city_name must NOT have fewer than 1 characters" },
  ],
  run: ({ city_name }) => {
    const wanted = foldText(city_name).trim();
    const found = cityCoordinates.find(([name]) => foldText(name) === wanted);
    if (found === undefined) {
      throw new ToolArgumentError({
        message: `unknown city '${city_name}'; known cities include Paris, Cairo, Tokyo, New York, Sydney, Sao Paulo`,
        argument: "city_name",
      });
    }
    const [city, latitude, longitude] = found;
    return { city, latitude, longitude };
  },
});
