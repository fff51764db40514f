import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

type Scale = "celsius" | "fahrenheit" | "kelvin" | "rankine";
const scales: readonly Scale[] = ["celsius", "fahrenheit", "kelvin", "rankine"];

const toKelvin: Record<Scale, (value: number) => number> = {
  celsius: (c) => c + 273.15,
  fahrenheit: (f) => ((f - 32) * 5) / 9 + 273.15,
  kelvin: (k) => k,
  rankine: (r) => (r * 5) / 9,
};
const fromKelvin: Record<Scale, (kelvin: number) => number> = {
  celsius: (k) => k - 273.15,
  fahrenheit: (k) => ((k - 273.15) * 9) / 5 + 32,
  kelvin: (k) => k,
  rankine: (k) => (k * 9) / 5,
};

/** Converts a temperature between Celsius, Fahrenheit, Kelvin and Rankine. */
export const convertTemperature = defineTool<{ value: number; from_scale: Scale; to_scale: Scale }>({
  name: "convert_temperature",
  description:
    "Convert a temperature between the Celsius, Fahrenheit, Kelvin and Rankine scales. Returns the converted value rounded to 2 decimals; temperatures below absolute zero are rejected.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      value: { type: "number", description: "The temperature to convert." },
      from_scale: { type: "string", enum: [...scales], description: "Scale of the given value." },
      to_scale: { type: "string", enum: [...scales], description: "Scale to convert to." },
    },
    required: ["value", "from_scale", "to_scale"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      value: { type: "number" },
      scale: { type: "string", enum: [...scales] },
      kelvin: { type: "number", minimum: 0 },
    },
    required: ["value", "scale", "kelvin"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { value: 100, from_scale: "celsius", to_scale: "fahrenheit" },
      result: { value: 212, scale: "fahrenheit", kelvin: 373.15 },
    },
    {
      arguments: { value: 98.6, from_scale: "fahrenheit", to_scale: "celsius" },
      result: { value: 37, scale: "celsius", kelvin: 310.15 },
    },
    {
      arguments: { value: 0, from_scale: "kelvin", to_scale: "rankine" },
      result: { value: 0, scale: "rankine", kelvin: 0 },
    },
  ],
  invalidExamples: [
    { arguments: { value: -300, from_scale: "celsius", to_scale: "kelvin" }, error: "below absolute zero" },
    {
      arguments: { value: 20, from_scale: "celsius", to_scale: "reaumur" },
      error: "$.to_scale must be one of",
    },
  ],
  run: ({ value, from_scale, to_scale }) => {
    const kelvin = toKelvin[from_scale](value);
    if (kelvin < -1e-9) {
      throw new ToolArgumentError({
        message: `${value} ${from_scale} is below absolute zero (0 K = -273.15 °C = -459.67 °F)`,
        argument: "value",
      });
    }
    return { value: roundTo(fromKelvin[to_scale](kelvin), 2), scale: to_scale, kelvin: roundTo(kelvin, 2) };
  },
});
