import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { collectKnownQuantities } from "../shared/collect-known-quantities.js";
import { roundSignificant } from "../shared/round-significant.js";

type Quantity = "initial_concentration" | "initial_volume" | "final_concentration" | "final_volume";
const quantities: readonly Quantity[] = [
  "initial_concentration",
  "initial_volume",
  "final_concentration",
  "final_volume",
];

type Args = { solve_for: Quantity } & Partial<Record<Quantity, number>>;

/** Solves the dilution equation C1*V1 = C2*V2. */
export const calculateSolutionDilution = defineTool<Args>({
  name: "calculate_solution_dilution",
  description:
    "Solve the dilution equation C1*V1 = C2*V2 for one unknown given the other three (any consistent concentration and volume units). Returns all four values (the solved one to 5 significant digits) and the volume of solvent to add.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      solve_for: {
        type: "string",
        enum: [...quantities],
        description: "The unknown quantity; leave it out of the other arguments.",
      },
      initial_concentration: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Concentration of the stock solution (C1), e.g. in mol/L.",
      },
      initial_volume: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Volume of stock solution used (V1), e.g. in mL.",
      },
      final_concentration: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Concentration after dilution (C2), same unit as C1.",
      },
      final_volume: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Total volume after dilution (V2), same unit as V1.",
      },
    },
    required: ["solve_for"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      initial_concentration: { type: "number" },
      initial_volume: { type: "number" },
      final_concentration: { type: "number" },
      final_volume: { type: "number" },
      solvent_to_add: { type: "number", minimum: 0 },
    },
    required: [
      "initial_concentration",
      "initial_volume",
      "final_concentration",
      "final_volume",
      "solvent_to_add",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        solve_for: "initial_volume",
        initial_concentration: 12,
        final_concentration: 0.5,
        final_volume: 500,
      },
      result: {
        initial_concentration: 12,
        initial_volume: 20.833,
        final_concentration: 0.5,
        final_volume: 500,
        solvent_to_add: 479.17,
      },
    },
    {
      arguments: {
        solve_for: "final_concentration",
        initial_concentration: 2,
        initial_volume: 50,
        final_volume: 200,
      },
      result: {
        initial_concentration: 2,
        initial_volume: 50,
        final_concentration: 0.5,
        final_volume: 200,
        solvent_to_add: 150,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        solve_for: "final_volume",
        initial_concentration: 1,
        initial_volume: 10,
        final_concentration: 2,
      },
      error: "final_concentration (2) cannot exceed initial_concentration (1)",
    },
    {
      arguments: { solve_for: "final_volume", initial_concentration: 1, initial_volume: 10 },
      error: "final_concentration is needed",
    },
  ],
  run: (args) => {
    const { solve_for } = args;
    const {
      initial_concentration: c1,
      initial_volume: v1,
      final_concentration: c2,
      final_volume: v2,
    } = collectKnownQuantities(args, quantities);
    const solved = {
      initial_concentration: (c2 * v2) / v1,
      initial_volume: (c2 * v2) / c1,
      final_concentration: (c1 * v1) / v2,
      final_volume: (c1 * v1) / c2,
    }[solve_for];
    const result = {
      initial_concentration: c1,
      initial_volume: v1,
      final_concentration: c2,
      final_volume: v2,
      [solve_for]: roundSignificant(solved, 5),
    };
    if (
      result.final_concentration > result.initial_concentration ||
      result.initial_volume > result.final_volume
    ) {
      throw new ToolArgumentError({
        message: `final_concentration (${result.final_concentration}) cannot exceed initial_concentration (${result.initial_concentration}): dilution only lowers concentration`,
        argument: "final_concentration",
      });
    }
    return { ...result, solvent_to_add: roundSignificant(result.final_volume - result.initial_volume, 5) };
  },
});
