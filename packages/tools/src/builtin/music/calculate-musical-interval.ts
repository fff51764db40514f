import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { intervalNames, midiNumber } from "./pitch.js";

const notePattern = "^[A-G](#|b)?(-1|[0-9])$";

/** The interval between two notes with octaves. */
export const calculateMusicalInterval = defineTool<{ from_note: string; to_note: string }>({
  name: "calculate_musical_interval",
  description:
    "Measure the interval between two notes in scientific pitch notation (e.g. 'C4' to 'G4'). Returns the signed distance in semitones, the direction, the simple interval name, the number of whole octaves spanned and the equal-tempered frequency ratio rounded to 4 decimals.",
  category: "Music",
  parameters: {
    type: "object",
    properties: {
      from_note: { type: "string", pattern: notePattern, description: "Starting note, e.g. 'C4'." },
      to_note: { type: "string", pattern: notePattern, description: "Target note, e.g. 'E5'." },
    },
    required: ["from_note", "to_note"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      semitones: { type: "integer" },
      direction: { type: "string", enum: ["up", "down", "unison"] },
      interval: { type: "string" },
      octaves: { type: "integer", minimum: 0 },
      frequency_ratio: { type: "number", exclusiveMinimum: 0 },
    },
    required: ["semitones", "direction", "interval", "octaves", "frequency_ratio"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { from_note: "C4", to_note: "G4" },
      result: {
        semitones: 7,
        direction: "up",
        interval: "perfect fifth",
        octaves: 0,
        frequency_ratio: 1.4983,
      },
    },
    {
      arguments: { from_note: "A4", to_note: "C4" },
      result: {
        semitones: -9,
        direction: "down",
        interval: "major sixth",
        octaves: 0,
        frequency_ratio: 0.5946,
      },
    },
    {
      arguments: { from_note: "C3", to_note: "E4" },
      result: {
        semitones: 16,
        direction: "up",
        interval: "major third plus 1 octave",
        octaves: 1,
        frequency_ratio: 2.5198,
      },
    },
  ],
  invalidExamples: [
    { arguments: { from_note: "C4" }, error: "missing required argument 'to_note'" },
    { arguments: { from_note: "C4", to_note: "X4" }, error: "$.to_note must match pattern" },
  ],
  run: ({ from_note, to_note }) => {
    const semitones = midiNumber(to_note) - midiNumber(from_note);
    const distance = Math.abs(semitones);
    const simple = distance % 12;
    const octaves = Math.floor(distance / 12);
    const interval =
      simple === 0 && octaves > 0
        ? octaves === 1
          ? "perfect octave"
          : `${octaves} octaves`
        : `${intervalNames[simple] ?? ""}${octaves > 0 ? ` plus ${octaves} octave${octaves > 1 ? "s" : ""}` : ""}`;
    return {
      semitones,
      direction: semitones > 0 ? "up" : semitones < 0 ? "down" : "unison",
      interval,
      octaves,
      frequency_ratio: roundTo(2 ** (semitones / 12), 4),
    };
  },
});
