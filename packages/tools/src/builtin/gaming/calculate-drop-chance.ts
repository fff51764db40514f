import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Odds of getting a random loot drop. */
export const calculateDropChance = defineTool<{
  drop_rate: number;
  attempts: number;
  confidence_levels?: number[];
}>({
  name: "calculate_drop_chance",
  description:
    "Compute the odds of getting a random loot drop with a fixed per-attempt drop rate: the probability of at least one drop in a number of attempts, the expected number of drops, and the attempts needed to reach each confidence level. Probabilities are rounded to 4 decimals.",
  category: "Gaming",
  parameters: {
    type: "object",
    properties: {
      drop_rate: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 1,
        description: "Chance per attempt, e.g. 0.01 for 1 in 100.",
      },
      attempts: {
        type: "integer",
        minimum: 1,
        maximum: 1000000,
        description: "Number of attempts (kills, chests, pulls).",
      },
      confidence_levels: {
        type: "array",
        items: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
        minItems: 1,
        maxItems: 10,
        uniqueItems: true,
        default: [0.5, 0.9, 0.99],
        description: "Probabilities of at least one drop for which to report the attempts needed.",
      },
    },
    required: ["drop_rate", "attempts"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      probability_at_least_one: { type: "number", minimum: 0, maximum: 1 },
      probability_none: { type: "number", minimum: 0, maximum: 1 },
      expected_drops: { type: "number", minimum: 0 },
      attempts_needed: {
        type: "array",
        items: {
          type: "object",
          properties: { confidence: { type: "number" }, attempts: { type: "integer", minimum: 1 } },
          required: ["confidence", "attempts"],
          additionalProperties: false,
        },
      },
    },
    required: ["probability_at_least_one", "probability_none", "expected_drops", "attempts_needed"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { drop_rate: 0.01, attempts: 100 },
      result: {
        probability_at_least_one: 0.634,
        probability_none: 0.366,
        expected_drops: 1,
        attempts_needed: [
          { confidence: 0.5, attempts: 69 },
          { confidence: 0.9, attempts: 230 },
          { confidence: 0.99, attempts: 459 },
        ],
      },
    },
    {
      arguments: { drop_rate: 0.5, attempts: 3, confidence_levels: [0.95] },
      result: {
        probability_at_least_one: 0.875,
        probability_none: 0.125,
        expected_drops: 1.5,
        attempts_needed: [{ confidence: 0.95, attempts: 5 }],
      },
    },
  ],
  invalidExamples: [
    { arguments: { drop_rate: 1.5, attempts: 10 }, error: "$.drop_rate must be <= 1" },
    {
      arguments: { drop_rate: 0.1, attempts: 10, confidence_levels: [1] },
      error: "$.confidence_levels[0] must be < 1",
    },
  ],
  run: ({ drop_rate, attempts, confidence_levels = [0.5, 0.9, 0.99] }) => {
    const none = (1 - drop_rate) ** attempts;
    return {
      probability_at_least_one: roundTo(1 - none, 4),
      probability_none: roundTo(none, 4),
      expected_drops: roundTo(drop_rate * attempts, 4),
      attempts_needed: confidence_levels.map((confidence) => ({
        confidence,
        attempts:
          drop_rate === 1 ? 1 : Math.max(1, Math.ceil(Math.log(1 - confidence) / Math.log(1 - drop_rate))),
      })),
    };
  },
});
