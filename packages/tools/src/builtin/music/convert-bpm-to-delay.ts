import type { JsonSchema } from "@apigen/core";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

const noteValues = [
  ["whole", 4],
  ["half", 2],
  ["quarter", 1],
  ["eighth", 0.5],
  ["sixteenth", 0.25],
  ["thirty_second", 0.125],
] as const;

const timing: JsonSchema = {
  type: "object",
  properties: {
    note_value: { type: "string" },
    straight_ms: { type: "number" },
    dotted_ms: { type: "number" },
    triplet_ms: { type: "number" },
  },
  required: ["note_value", "straight_ms", "dotted_ms", "triplet_ms"],
  additionalProperties: false,
};

/** Delay and reverb times for a tempo. */
export const convertBpmToDelay = defineTool<{ bpm: number }>({
  name: "convert_bpm_to_delay",
  description:
    "Convert a tempo in beats per minute (a beat being a quarter note) to delay times for common note values, straight, dotted and triplet, for setting delay and reverb effects in sync. Returns milliseconds rounded to 2 decimals and the equivalent frequency of a quarter note in Hz.",
  category: "Music",
  parameters: {
    type: "object",
    properties: {
      bpm: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 400,
        description: "Tempo in quarter-note beats per minute, e.g. 120.",
      },
    },
    required: ["bpm"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      bpm: { type: "number" },
      quarter_note_hz: { type: "number" },
      timings: { type: "array", items: timing, minItems: 6, maxItems: 6 },
    },
    required: ["bpm", "quarter_note_hz", "timings"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { bpm: 120 },
      result: {
        bpm: 120,
        quarter_note_hz: 2,
        timings: [
          { note_value: "whole", straight_ms: 2000, dotted_ms: 3000, triplet_ms: 1333.33 },
          { note_value: "half", straight_ms: 1000, dotted_ms: 1500, triplet_ms: 666.67 },
          { note_value: "quarter", straight_ms: 500, dotted_ms: 750, triplet_ms: 333.33 },
          { note_value: "eighth", straight_ms: 250, dotted_ms: 375, triplet_ms: 166.67 },
          { note_value: "sixteenth", straight_ms: 125, dotted_ms: 187.5, triplet_ms: 83.33 },
          { note_value: "thirty_second", straight_ms: 62.5, dotted_ms: 93.75, triplet_ms: 41.67 },
        ],
      },
    },
    {
      arguments: { bpm: 90 },
      result: {
        bpm: 90,
        quarter_note_hz: 1.5,
        timings: [
          { note_value: "whole", straight_ms: 2666.67, dotted_ms: 4000, triplet_ms: 1777.78 },
          { note_value: "half", straight_ms: 1333.33, dotted_ms: 2000, triplet_ms: 888.89 },
          { note_value: "quarter", straight_ms: 666.67, dotted_ms: 1000, triplet_ms: 444.44 },
          { note_value: "eighth", straight_ms: 333.33, dotted_ms: 500, triplet_ms: 222.22 },
          { note_value: "sixteenth", straight_ms: 166.67, dotted_ms: 250, triplet_ms: 111.11 },
          { note_value: "thirty_second", straight_ms: 83.33, dotted_ms: 125, triplet_ms: 55.56 },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { bpm: 0 }, error: "$.bpm must be > 0" },
    { arguments: { bpm: "fast" }, error: "$.bpm must be number" },
  ],
  run: ({ bpm }) => {
    const quarter = 60000 / bpm;
    return {
      bpm,
      quarter_note_hz: roundTo(bpm / 60, 3),
      timings: noteValues.map(([name, beats]) => ({
        note_value: name,
        straight_ms: roundTo(quarter * beats, 2),
        dotted_ms: roundTo(quarter * beats * 1.5, 2),
        triplet_ms: roundTo((quarter * beats * 2) / 3, 2),
      })),
    };
  },
});
