import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundSignificant } from "../shared/round-significant.js";

interface Args {
  initial_quantity: number;
  half_life: number;
  elapsed_time?: number;
  target_quantity?: number;
}

/** Exponential radioactive decay: what is left after a time, or how long until a quantity is left. */
export const calculateRadioactiveDecay = defineTool<Args>({
  name: "calculate_radioactive_decay",
  description:
    "Apply exponential radioactive decay N = N0 * (1/2)^(t / half_life). Give elapsed_time to get the quantity remaining, or target_quantity to get the time needed to decay to it (exactly one of them). Times are in the same unit as half_life; results have 6 significant digits.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      initial_quantity: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Starting amount (grams, atoms, becquerels: any unit).",
      },
      half_life: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Half-life, in any time unit (e.g. 5730 years for carbon-14).",
      },
      elapsed_time: {
        type: "number",
        minimum: 0,
        description: "Time elapsed, in the half-life's unit. Give this or target_quantity.",
      },
      target_quantity: {
        type: "number",
        exclusiveMinimum: 0,
        description:
          "Quantity to decay down to, in the initial quantity's unit; must not exceed it. Give this or elapsed_time.",
      },
    },
    required: ["initial_quantity", "half_life"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      remaining_quantity: { type: "number", minimum: 0 },
      elapsed_time: { type: "number", minimum: 0 },
      fraction_remaining: { type: "number", minimum: 0, maximum: 1 },
      half_lives_elapsed: { type: "number", minimum: 0 },
      decay_constant: { type: "number", description: "ln(2) / half_life, per time unit." },
    },
    required: [
      "remaining_quantity",
      "elapsed_time",
      "fraction_remaining",
      "half_lives_elapsed",
      "decay_constant",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { initial_quantity: 100, half_life: 5730, elapsed_time: 11460 },
      result: {
        remaining_quantity: 25,
        elapsed_time: 11460,
        fraction_remaining: 0.25,
        half_lives_elapsed: 2,
        decay_constant: 0.000120968,
      },
    },
    {
      arguments: { initial_quantity: 80, half_life: 8.02, target_quantity: 10 },
      result: {
        remaining_quantity: 10,
        elapsed_time: 24.06,
        fraction_remaining: 0.125,
        half_lives_elapsed: 3,
        decay_constant: 0.0864273,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { initial_quantity: 10, half_life: 2 },
      error: "give exactly one of elapsed_time or target_quantity",
    },
    {
      arguments: { initial_quantity: 10, half_life: 2, target_quantity: 20 },
      error: "target_quantity (20) must not exceed initial_quantity (10)",
    },
    { arguments: { initial_quantity: 10, half_life: 0, elapsed_time: 1 }, error: "$.half_life must be > 0" },
  ],
  run: ({ initial_quantity, half_life, elapsed_time, target_quantity }) => {
    if ((elapsed_time === undefined) === (target_quantity === undefined)) {
      throw new ToolArgumentError({
        message: "give exactly one of elapsed_time or target_quantity",
        argument: "elapsed_time",
      });
    }
    if (target_quantity !== undefined && target_quantity > initial_quantity) {
      throw new ToolArgumentError({
        message: `target_quantity (${target_quantity}) must not exceed initial_quantity (${initial_quantity}): decay only reduces a quantity`,
        argument: "target_quantity",
      });
    }
    const halfLives =
      elapsed_time !== undefined
        ? elapsed_time / half_life
        : Math.log2(initial_quantity / (target_quantity ?? 1));
    const fraction = 0.5 ** halfLives;
    return {
      remaining_quantity: roundSignificant(initial_quantity * fraction, 6),
      elapsed_time: roundSignificant(halfLives * half_life, 6),
      fraction_remaining: roundSignificant(fraction, 6),
      half_lives_elapsed: roundSignificant(halfLives, 6),
      decay_constant: roundSignificant(Math.LN2 / half_life, 6),
    };
  },
});
