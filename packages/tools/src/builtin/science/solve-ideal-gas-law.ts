import { defineTool } from "../define-tool.js";
import { collectKnownQuantities } from "../shared/collect-known-quantities.js";
import { roundSignificant } from "../shared/round-significant.js";

type Quantity = "pressure_kpa" | "volume_l" | "moles" | "temperature_k";
const quantities: readonly Quantity[] = ["pressure_kpa", "volume_l", "moles", "temperature_k"];
/** The gas constant in L*kPa/(mol*K). */
const R = 8.314462618;

type Args = { solve_for: Quantity } & Partial<Record<Quantity, number>>;

/** Solves PV = nRT for the one unknown quantity. */
export const solveIdealGasLaw = defineTool<Args>({
  name: "solve_ideal_gas_law",
  description:
    "Solve the ideal gas law PV = nRT for one unknown (pressure in kPa, volume in litres, amount in moles or temperature in kelvin) given the other three. Returns all four quantities, the solved one rounded to 5 significant digits.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      solve_for: {
        type: "string",
        enum: [...quantities],
        description: "The quantity to compute; leave it out of the other arguments.",
      },
      pressure_kpa: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Pressure in kilopascals (1 atm = 101.325 kPa).",
      },
      volume_l: { type: "number", exclusiveMinimum: 0, description: "Volume in litres." },
      moles: { type: "number", exclusiveMinimum: 0, description: "Amount of gas in moles." },
      temperature_k: { type: "number", exclusiveMinimum: 0, description: "Absolute temperature in kelvin." },
    },
    required: ["solve_for"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      solved_for: { type: "string", enum: [...quantities] },
      pressure_kpa: { type: "number" },
      volume_l: { type: "number" },
      moles: { type: "number" },
      temperature_k: { type: "number" },
    },
    required: ["solved_for", "pressure_kpa", "volume_l", "moles", "temperature_k"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { solve_for: "volume_l", pressure_kpa: 101.325, moles: 1, temperature_k: 273.15 },
      result: {
        solved_for: "volume_l",
        pressure_kpa: 101.325,
        volume_l: 22.414,
        moles: 1,
        temperature_k: 273.15,
      },
    },
    {
      arguments: { solve_for: "pressure_kpa", volume_l: 10, moles: 2, temperature_k: 300 },
      result: {
        solved_for: "pressure_kpa",
        pressure_kpa: 498.87,
        volume_l: 10,
        moles: 2,
        temperature_k: 300,
      },
    },
  ],
  invalidExamples: [
    { arguments: { solve_for: "moles", pressure_kpa: 100, temperature_k: 300 }, error: "volume_l is needed" },
    {
      arguments: { solve_for: "moles", moles: 1, pressure_kpa: 100, volume_l: 1, temperature_k: 300 },
      error: "moles is the unknown",
    },
    { arguments: { solve_for: "density" }, error: "$.solve_for must be one of" },
  ],
  run: (args) => {
    const { solve_for } = args;
    const {
      pressure_kpa: p,
      volume_l: v,
      moles: n,
      temperature_k: t,
    } = collectKnownQuantities(args, quantities);
    const solved = {
      pressure_kpa: (n * R * t) / v,
      volume_l: (n * R * t) / p,
      moles: (p * v) / (R * t),
      temperature_k: (p * v) / (n * R),
    }[solve_for];
    return {
      solved_for: solve_for,
      pressure_kpa: p,
      volume_l: v,
      moles: n,
      temperature_k: t,
      [solve_for]: roundSignificant(solved, 5),
    };
  },
});
