import { defineTool } from "../define-tool.js";
import { roundSignificant } from "../shared/round-significant.js";

type Unit =
  | "km"
  | "astronomical_unit"
  | "light_second"
  | "light_year"
  | "parsec"
  | "kiloparsec"
  | "megaparsec";

const kmPerParsec = 30856775814913.67;

/** Kilometres per unit (IAU definitions; the light year uses the Julian year). */
const kilometres: Record<Unit, number> = {
  km: 1,
  astronomical_unit: 149597870.7,
  light_second: 299792.458,
  light_year: 9460730472580.8,
  parsec: kmPerParsec,
  kiloparsec: kmPerParsec * 1e3,
  megaparsec: kmPerParsec * 1e6,
};
const units = Object.keys(kilometres) as Unit[];

/** Converts a distance between astronomical units of length. */
export const convertAstronomicalDistance = defineTool<{ value: number; from_unit: Unit; to_unit: Unit }>({
  name: "convert_astronomical_distance",
  description:
    "Convert a distance between kilometres, astronomical units, light seconds, light years, parsecs, kiloparsecs and megaparsecs (IAU definitions). Returns the converted value to 6 significant digits and the light travel time in years.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      value: { type: "number", minimum: 0, description: "The distance to convert." },
      from_unit: { type: "string", enum: units, description: "Unit of the given distance." },
      to_unit: { type: "string", enum: units, description: "Unit to convert to." },
    },
    required: ["value", "from_unit", "to_unit"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      value: { type: "number", minimum: 0 },
      unit: { type: "string", enum: units },
      light_travel_time_years: { type: "number", minimum: 0 },
    },
    required: ["value", "unit", "light_travel_time_years"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { value: 1, from_unit: "parsec", to_unit: "light_year" },
      result: { value: 3.26156, unit: "light_year", light_travel_time_years: 3.26156 },
    },
    {
      arguments: { value: 1, from_unit: "astronomical_unit", to_unit: "light_second" },
      result: { value: 499.005, unit: "light_second", light_travel_time_years: 0.0000158125 },
    },
  ],
  invalidExamples: [
    { arguments: { value: 1, from_unit: "mile", to_unit: "km" }, error: "$.from_unit must be one of" },
    { arguments: { value: -4.2, from_unit: "light_year", to_unit: "km" }, error: "$.value must be >= 0" },
  ],
  run: ({ value, from_unit, to_unit }) => {
    const km = value * kilometres[from_unit];
    return {
      value: roundSignificant(km / kilometres[to_unit], 6),
      unit: to_unit,
      light_travel_time_years: roundSignificant(km / kilometres.light_year, 6),
    };
  },
});
