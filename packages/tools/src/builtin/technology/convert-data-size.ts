import { defineTool } from "../define-tool.js";

const units = {
  bit: 1 / 8,
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  PB: 1e15,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
  PiB: 2 ** 50,
} as const;
type Unit = keyof typeof units;
const unitNames = Object.keys(units) as Unit[];

/** Converts between decimal (SI) and binary (IEC) data size units. */
export const convertDataSize = defineTool<{
  value: number;
  from_unit: Unit;
  to_unit: Unit;
  precision?: number;
}>({
  name: "convert_data_size",
  description:
    "Convert a data size between bits, bytes, decimal SI units (KB = 1000 B, MB, GB, TB, PB) and binary IEC units (KiB = 1024 B, MiB, GiB, TiB, PiB). Returns the converted value rounded to the requested decimals and the exact number of bytes.",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      value: { type: "number", minimum: 0, description: "Amount to convert, e.g. 500." },
      from_unit: { type: "string", enum: unitNames, description: "Unit of value." },
      to_unit: { type: "string", enum: unitNames, description: "Unit to convert to." },
      precision: {
        type: "integer",
        minimum: 0,
        maximum: 10,
        default: 4,
        description: "Decimals to round the result to.",
      },
    },
    required: ["value", "from_unit", "to_unit"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { value: { type: "number" }, unit: { type: "string" }, bytes: { type: "number" } },
    required: ["value", "unit", "bytes"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { value: 500, from_unit: "GB", to_unit: "GiB" },
      result: { value: 465.6613, unit: "GiB", bytes: 500000000000 },
    },
    {
      arguments: { value: 1, from_unit: "MiB", to_unit: "bit", precision: 0 },
      result: { value: 8388608, unit: "bit", bytes: 1048576 },
    },
  ],
  invalidExamples: [
    { arguments: { value: 5, from_unit: "gb", to_unit: "MB" }, error: "$.from_unit must be one of" },
    { arguments: { value: -1, from_unit: "GB", to_unit: "MB" }, error: "$.value must be >= 0" },
  ],
  run: ({ value, from_unit, to_unit, precision = 4 }) => {
    const bytes = value * units[from_unit];
    const factor = 10 ** precision;
    return { value: Math.round((bytes / units[to_unit]) * factor) / factor, unit: to_unit, bytes };
  },
});
