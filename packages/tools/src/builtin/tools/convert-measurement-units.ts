import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundSignificant } from "../shared/round-significant.js";
import { quantityOf, temperature, unitNames, unitTable } from "./units.js";

/** Converts a value between two units of the same quantity. */
export const convertMeasurementUnits = defineTool<{
  value: number;
  from_unit: string;
  to_unit: string;
  significant_digits?: number;
}>({
  name: "convert_measurement_units",
  description:
    "Convert a value between units of the same quantity: length, mass, volume, area, speed, temperature, data size, energy or pressure (US customary, imperial and SI units). Returns the converted value rounded to the requested significant digits and the quantity measured.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      value: { type: "number", description: "The amount to convert, e.g. 5." },
      from_unit: {
        type: "string",
        enum: unitNames,
        description: "Unit of the value, e.g. 'km', 'lb', 'fahrenheit', 'gib'.",
      },
      to_unit: {
        type: "string",
        enum: unitNames,
        description: "Unit to convert to; must measure the same quantity.",
      },
      significant_digits: {
        type: "integer",
        minimum: 1,
        maximum: 15,
        default: 10,
        description: "Significant digits kept in the result. Default 10.",
      },
    },
    required: ["value", "from_unit", "to_unit"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      quantity: { type: "string", enum: Object.keys(unitTable) },
      value: { type: "number" },
      from_unit: { type: "string" },
      converted: { type: "number" },
      to_unit: { type: "string" },
    },
    required: ["quantity", "value", "from_unit", "converted", "to_unit"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { value: 5, from_unit: "km", to_unit: "mi" },
      result: { quantity: "length", value: 5, from_unit: "km", converted: 3.106855961, to_unit: "mi" },
    },
    {
      arguments: { value: 100, from_unit: "fahrenheit", to_unit: "celsius", significant_digits: 4 },
      result: {
        quantity: "temperature",
        value: 100,
        from_unit: "fahrenheit",
        converted: 37.78,
        to_unit: "celsius",
      },
    },
    {
      arguments: { value: 2, from_unit: "gib", to_unit: "mb" },
      result: { quantity: "data_size", value: 2, from_unit: "gib", converted: 2147.483648, to_unit: "mb" },
    },
  ],
  invalidExamples: [
    {
      arguments: { value: 3, from_unit: "kg", to_unit: "l" },
      error: "cannot convert mass (kg) to volume (l)",
    },
    { arguments: { value: -300, from_unit: "celsius", to_unit: "kelvin" }, error: "below absolute zero" },
    { arguments: { value: 1, from_unit: "furlong", to_unit: "m" }, error: "$.from_unit must be one of" },
  ],
  run: ({ value, from_unit: from, to_unit: to, significant_digits: digits = 10 }) => {
    const [fromQuantity, toQuantity] = [quantityOf(from), quantityOf(to)];
    if (fromQuantity !== toQuantity) {
      throw new ToolArgumentError({
        message: `cannot convert ${fromQuantity} (${from}) to ${toQuantity} (${to}); to_unit must be one of ${Object.keys(unitTable[fromQuantity] ?? {}).join(", ")}`,
        argument: "to_unit",
      });
    }
    let converted: number;
    if (fromQuantity === "temperature") {
      const kelvin = temperature.toKelvin(value, from);
      if (kelvin < 0) {
        throw new ToolArgumentError({
          message: `${value} ${from} is below absolute zero (0 K)`,
          argument: "value",
        });
      }
      converted = temperature.fromKelvin(kelvin, to);
    } else {
      const units = unitTable[fromQuantity] ?? {};
      converted = (value * (units[from] ?? 1)) / (units[to] ?? 1);
    }
    return {
      quantity: fromQuantity,
      value,
      from_unit: from,
      converted: roundSignificant(converted, digits),
      to_unit: to,
    };
  },
});
