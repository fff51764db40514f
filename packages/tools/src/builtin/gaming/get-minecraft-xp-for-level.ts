import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** Total experience points needed to reach a level from 0 (Minecraft Java Edition 1.8+ formulas). */
function totalXp(level: number): number {
  if (level <= 16) {
    return level * level + 6 * level;
  }
  if (level <= 31) {
    return 2.5 * level * level - 40.5 * level + 360;
  }
  return 4.5 * level * level - 162.5 * level + 2220;
}

/** Experience needed between two Minecraft levels. */
export const getMinecraftXpForLevel = defineTool<{ target_level: number; current_level?: number }>({
  name: "get_minecraft_xp_for_level",
  description:
    "Compute the experience points needed in Minecraft (Java Edition 1.8 and later formulas) to go from the current level (with an empty bar) to a target level. Returns the XP needed, the total XP of both levels and the XP bar size at the target level.",
  category: "Gaming",
  parameters: {
    type: "object",
    properties: {
      target_level: { type: "integer", minimum: 1, maximum: 21863, description: "Level to reach." },
      current_level: {
        type: "integer",
        minimum: 0,
        maximum: 21862,
        default: 0,
        description: "Level now, with an empty XP bar.",
      },
    },
    required: ["target_level"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      xp_needed: { type: "integer", minimum: 0 },
      current_level_total_xp: { type: "integer", minimum: 0 },
      target_level_total_xp: { type: "integer", minimum: 0 },
      xp_to_next_level_at_target: { type: "integer", minimum: 0 },
    },
    required: ["xp_needed", "current_level_total_xp", "target_level_total_xp", "xp_to_next_level_at_target"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { target_level: 30 },
      result: {
        xp_needed: 1395,
        current_level_total_xp: 0,
        target_level_total_xp: 1395,
        xp_to_next_level_at_target: 112,
      },
    },
    {
      arguments: { target_level: 16, current_level: 10 },
      result: {
        xp_needed: 192,
        current_level_total_xp: 160,
        target_level_total_xp: 352,
        xp_to_next_level_at_target: 42,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { target_level: 5, current_level: 10 },
      error: "target_level (5) must be above current_level (10)",
    },
    { arguments: { target_level: 0 }, error: "$.target_level must be >= 1" },
  ],
  run: ({ target_level, current_level = 0 }) => {
    if (target_level <= current_level) {
      throw new ToolArgumentError({
        message: `target_level (${target_level}) must be above current_level (${current_level})`,
        argument: "target_level",
      });
    }
    const next =
      target_level <= 15
        ? 2 * target_level + 7
        : target_level <= 30
          ? 5 * target_level - 38
          : 9 * target_level - 158;
    const current = Math.round(totalXp(current_level));
    const target = Math.round(totalXp(target_level));
    return {
      xp_needed: target - current,
      current_level_total_xp: current,
      target_level_total_xp: target,
      xp_to_next_level_at_target: next,
    };
  },
});
