import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  damage_per_hit: number;
  attacks_per_second: number;
  crit_chance_percent?: number;
  crit_multiplier?: number;
  target_armor?: number;
  target_health?: number;
}

/** Expected damage per second after crits and armour. */
export const calculateEffectiveDps = defineTool<Args>({
  name: "calculate_effective_dps",
  description:
    "Compute expected damage per second from hit damage, attack speed, critical-hit chance and multiplier, then after armour mitigation using the common formula damage x 100 / (100 + armor). Returns raw and effective DPS rounded to 2 decimals and, when a target health is given, the seconds to defeat it.",
  category: "Gaming",
  parameters: {
    type: "object",
    properties: {
      damage_per_hit: { type: "number", exclusiveMinimum: 0, description: "Damage of one non-critical hit." },
      attacks_per_second: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 50,
        description: "Attacks per second.",
      },
      crit_chance_percent: {
        type: "number",
        minimum: 0,
        maximum: 100,
        default: 0,
        description: "Chance of a critical hit, in percent.",
      },
      crit_multiplier: {
        type: "number",
        minimum: 1,
        maximum: 10,
        default: 2,
        description: "Damage multiplier of a critical hit.",
      },
      target_armor: {
        type: "number",
        minimum: 0,
        maximum: 10000,
        default: 0,
        description: "Target armour; 100 armour halves damage.",
      },
      target_health: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Target health, to compute the time to defeat it.",
      },
    },
    required: ["damage_per_hit", "attacks_per_second"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      average_hit_damage: { type: "number" },
      raw_dps: { type: "number" },
      damage_reduction_percent: { type: "number", minimum: 0, maximum: 100 },
      effective_dps: { type: "number" },
      seconds_to_defeat: { type: ["number", "null"] },
    },
    required: [
      "average_hit_damage",
      "raw_dps",
      "damage_reduction_percent",
      "effective_dps",
      "seconds_to_defeat",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        damage_per_hit: 100,
        attacks_per_second: 1.5,
        crit_chance_percent: 25,
        crit_multiplier: 2,
        target_armor: 50,
        target_health: 2000,
      },
      result: {
        average_hit_damage: 125,
        raw_dps: 187.5,
        damage_reduction_percent: 33.33,
        effective_dps: 125,
        seconds_to_defeat: 16,
      },
    },
    {
      arguments: { damage_per_hit: 40, attacks_per_second: 2 },
      result: {
        average_hit_damage: 40,
        raw_dps: 80,
        damage_reduction_percent: 0,
        effective_dps: 80,
        seconds_to_defeat: null,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { damage_per_hit: 100, attacks_per_second: 1, crit_chance_percent: 120 },
      error: "$.crit_chance_percent must be <= 100",
    },
    { arguments: { damage_per_hit: 100, attacks_per_second: 0 }, error: "$.attacks_per_second must be > 0" },
  ],
  run: ({
    damage_per_hit,
    attacks_per_second,
    crit_chance_percent = 0,
    crit_multiplier = 2,
    target_armor = 0,
    target_health,
  }) => {
    const average = damage_per_hit * (1 + (crit_chance_percent / 100) * (crit_multiplier - 1));
    const raw = average * attacks_per_second;
    const factor = 100 / (100 + target_armor);
    const effective = raw * factor;
    return {
      average_hit_damage: roundTo(average, 2),
      raw_dps: roundTo(raw, 2),
      damage_reduction_percent: roundTo((1 - factor) * 100, 2),
      effective_dps: roundTo(effective, 2),
      seconds_to_defeat: target_health === undefined ? null : roundTo(target_health / effective, 2),
    };
  },
});
