import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** Dice rolls from tabletop dice notation. */
export const rollDice = defineTool<{ notation: string; mode?: "normal" | "advantage" | "disadvantage" }>({
  name: "roll_dice",
  description:
    "Roll dice written in tabletop notation such as '3d6+2' or '1d20' (count, 'd', sides, optional modifier), with advantage or disadvantage for a single d20. Returns every die rolled, the modifier, the total and the possible range.",
  category: "Gaming",
  parameters: {
    type: "object",
    properties: {
      notation: {
        type: "string",
        pattern: "^([1-9][0-9]?)d(2|4|6|8|10|12|20|100)([+-][0-9]{1,3})?$",
        description:
          "Dice to roll: 1-99 dice of 2, 4, 6, 8, 10, 12, 20 or 100 sides, optional +/- modifier, e.g. '2d8-1'.",
      },
      mode: {
        type: "string",
        enum: ["normal", "advantage", "disadvantage"],
        default: "normal",
        description:
          "'advantage' rolls 1d20 twice and keeps the higher, 'disadvantage' the lower; only for a single d20.",
      },
    },
    required: ["notation"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      notation: { type: "string" },
      rolls: { type: "array", items: { type: "integer", minimum: 1 } },
      discarded: { type: "array", items: { type: "integer", minimum: 1 } },
      modifier: { type: "integer" },
      total: { type: "integer" },
      minimum: { type: "integer" },
      maximum: { type: "integer" },
    },
    required: ["notation", "rolls", "discarded", "modifier", "total", "minimum", "maximum"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "Fair dice from the seeded random stream: the same notation, mode and seed roll the same numbers.",
  },
  examples: [
    {
      arguments: { notation: "3d6+2" },
      result: {
        notation: "3d6+2",
        rolls: [1, 2, 6],
        discarded: [],
        modifier: 2,
        total: 11,
        minimum: 5,
        maximum: 20,
      },
    },
    {
      arguments: { notation: "1d20", mode: "advantage" },
      result: {
        notation: "1d20",
        rolls: [16],
        discarded: [15],
        modifier: 0,
        total: 16,
        minimum: 1,
        maximum: 20,
      },
    },
  ],
  invalidExamples: [
    { arguments: { notation: "2d20", mode: "advantage" }, error: "advantage applies to a single d20" },
    { arguments: { notation: "3d7" }, error: "$.notation must match pattern" },
  ],
  run: ({ notation, mode = "normal" }, { random }) => {
    const [, countText = "1", sidesText = "6", modifierText] = /^(\d+)d(\d+)([+-]\d+)?$/.exec(notation) ?? [];
    const count = Number(countText);
    const sides = Number(sidesText);
    const modifier = modifierText === undefined ? 0 : Number(modifierText);
    if (mode !== "normal" && (count !== 1 || sides !== 20)) {
      throw new ToolArgumentError({
        message: `${mode} applies to a single d20 ('1d20', optionally with a modifier); got '${notation}'`,
        argument: "mode",
      });
    }
    let rolls = Array.from({ length: count }, () => random.int(1, sides));
    let discarded: number[] = [];
    if (mode !== "normal") {
      const pair = [rolls[0] ?? 1, random.int(1, 20)];
      const kept = mode === "advantage" ? Math.max(...pair) : Math.min(...pair);
      rolls = [kept];
      discarded = [pair[0] === kept ? (pair[1] ?? kept) : (pair[0] ?? kept)];
    }
    const total = rolls.reduce((sum, roll) => sum + roll, 0) + modifier;
    return {
      notation,
      rolls,
      discarded,
      modifier,
      total,
      minimum: count + modifier,
      maximum: count * sides + modifier,
    };
  },
});
