import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Degrees turned per mouse count at sensitivity 1 (the game's "yaw"). */
const yaw: Record<string, number> = {
  counter_strike_2: 0.022,
  apex_legends: 0.022,
  quake_champions: 0.022,
  valorant: 0.07,
  overwatch_2: 0.0066,
};

/** The same aim feel in another game. */
export const convertMouseSensitivity = defineTool<{
  from_game: string;
  to_game: string;
  sensitivity: number;
  dpi?: number;
}>({
  name: "convert_mouse_sensitivity",
  description:
    "Convert an in-game mouse sensitivity from one shooter to another so that the same hand movement turns the same angle, using each game's yaw (degrees per count). Returns the converted sensitivity (4 decimals) and the mouse distance for a full 360-degree turn in cm and inches (2 decimals).",
  category: "Gaming",
  parameters: {
    type: "object",
    properties: {
      from_game: { type: "string", enum: Object.keys(yaw), description: "Game the sensitivity comes from." },
      to_game: { type: "string", enum: Object.keys(yaw), description: "Game to convert to." },
      sensitivity: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        description: "Sensitivity in from_game.",
      },
      dpi: {
        type: "integer",
        minimum: 100,
        maximum: 32000,
        default: 800,
        description: "Mouse resolution in counts per inch.",
      },
    },
    required: ["from_game", "to_game", "sensitivity"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      converted_sensitivity: { type: "number", exclusiveMinimum: 0 },
      cm_per_360: { type: "number", exclusiveMinimum: 0 },
      inches_per_360: { type: "number", exclusiveMinimum: 0 },
    },
    required: ["converted_sensitivity", "cm_per_360", "inches_per_360"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { from_game: "counter_strike_2", to_game: "valorant", sensitivity: 2 },
      result: { converted_sensitivity: 0.6286, cm_per_360: 25.98, inches_per_360: 10.23 },
    },
    {
      arguments: { from_game: "valorant", to_game: "overwatch_2", sensitivity: 0.4, dpi: 1600 },
      result: { converted_sensitivity: 4.2424, cm_per_360: 20.41, inches_per_360: 8.04 },
    },
  ],
  invalidExamples: [
    {
      arguments: { from_game: "valorant", to_game: "valorant", sensitivity: 0.5 },
      error: "from_game and to_game are both 'valorant'",
    },
    {
      arguments: { from_game: "fortnite", to_game: "valorant", sensitivity: 0.5 },
      error: "$.from_game must be one of",
    },
  ],
  run: ({ from_game, to_game, sensitivity, dpi = 800 }) => {
    if (from_game === to_game) {
      throw new ToolArgumentError({
        message: `from_game and to_game are both '${from_game}': nothing to convert; pick another to_game such as ${from_game === "valorant" ? "counter_strike_2" : "valorant"}`,
        argument: "to_game",
      });
    }
    const fromYaw = yaw[from_game] ?? 0.022;
    const toYaw = yaw[to_game] ?? 0.022;
    const inches = 360 / (fromYaw * sensitivity * dpi);
    return {
      converted_sensitivity: roundTo((sensitivity * fromYaw) / toYaw, 4),
      cm_per_360: roundTo(inches * 2.54, 2),
      inches_per_360: roundTo(inches, 2),
    };
  },
});
