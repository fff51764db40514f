import { defineTool } from "../define-tool.js";

/** Electric potential energy of a charge at a voltage (BFCL's `calculate_electrostatic_potential_energy`). */
export const calculateElectrostaticPotentialEnergy = defineTool<{ charge: number; voltage: number }>({
  name: "calculate_electrostatic_potential_energy",
  description:
    "Calculates the electrostatic potential energy of a charge at an electric potential: charge * voltage, in joules for coulombs and volts, unrounded.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      charge: { type: "number", description: "The charge of the object, in coulombs." },
      voltage: { type: "number", description: "The voltage of the object, in volts." },
    },
    required: ["charge", "voltage"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { charge: 5, voltage: 10 }, result: 50 },
    { arguments: { charge: -2, voltage: 1.5 }, result: -3 },
  ],
  invalidExamples: [
    { arguments: { charge: "5C", voltage: 10 }, error: "$.charge must be number" },
    { arguments: { charge: 5 }, error: "missing required argument 'voltage'" },
  ],
  run: ({ charge, voltage }) => charge * voltage,
});
