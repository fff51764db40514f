import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Classical kinetic energy and momentum of a moving mass. */
export const calculateKineticEnergy = defineTool<{ mass_kg: number; velocity_m_s: number }>({
  name: "calculate_kinetic_energy",
  description:
    "Calculate the classical (non-relativistic) kinetic energy E = m*v^2/2 and momentum p = m*v of a moving object. Returns the energy in joules and kilojoules and the momentum in kg*m/s, rounded to 3 decimals.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      mass_kg: { type: "number", exclusiveMinimum: 0, description: "Mass of the object in kilograms." },
      velocity_m_s: {
        type: "number",
        minimum: 0,
        maximum: 30000000,
        description: "Speed in metres per second; must be well below the speed of light (at most 3e7 m/s).",
      },
    },
    required: ["mass_kg", "velocity_m_s"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      kinetic_energy_j: { type: "number", minimum: 0 },
      kinetic_energy_kj: { type: "number", minimum: 0 },
      momentum_kg_m_s: { type: "number", minimum: 0 },
    },
    required: ["kinetic_energy_j", "kinetic_energy_kj", "momentum_kg_m_s"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { mass_kg: 1500, velocity_m_s: 25 },
      result: { kinetic_energy_j: 468750, kinetic_energy_kj: 468.75, momentum_kg_m_s: 37500 },
    },
    {
      arguments: { mass_kg: 0.145, velocity_m_s: 40.2 },
      result: { kinetic_energy_j: 117.163, kinetic_energy_kj: 0.117, momentum_kg_m_s: 5.829 },
    },
  ],
  invalidExamples: [
    { arguments: { mass_kg: 0, velocity_m_s: 10 }, error: "$.mass_kg must be > 0" },
    { arguments: { mass_kg: 2, velocity_m_s: -3 }, error: "$.velocity_m_s must be >= 0" },
  ],
  run: ({ mass_kg, velocity_m_s }) => {
    const energy = 0.5 * mass_kg * velocity_m_s * velocity_m_s;
    return {
      kinetic_energy_j: roundTo(energy, 3),
      kinetic_energy_kj: roundTo(energy / 1000, 3),
      momentum_kg_m_s: roundTo(mass_kg * velocity_m_s, 3),
    };
  },
});
