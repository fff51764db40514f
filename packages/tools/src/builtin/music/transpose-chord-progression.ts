import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { pitchClass, spell } from "./pitch.js";

const chordPattern = /^([A-G](?:#|b)?)([^/\s]*)(?:\/([A-G](?:#|b)?))?$/;

/** A chord progression moved up or down by semitones. */
export const transposeChordProgression = defineTool<{
  chords: string[];
  semitones: number;
  accidentals?: "sharps" | "flats";
}>({
  name: "transpose_chord_progression",
  description:
    "Transpose a chord progression (e.g. ['C', 'Am', 'F', 'G7']) up or down by a number of semitones, keeping each chord's quality and any slash bass note. Returns the transposed chords in order.",
  category: "Music",
  parameters: {
    type: "object",
    properties: {
      chords: {
        type: "array",
        minItems: 1,
        maxItems: 64,
        items: { type: "string", minLength: 1, maxLength: 16 },
        description:
          "Chord symbols: root (A-G with optional # or b), quality suffix, optional '/bass'; e.g. 'F#m7', 'C/E'.",
      },
      semitones: {
        type: "integer",
        minimum: -11,
        maximum: 11,
        description: "Semitones to move: positive is up, negative is down.",
      },
      accidentals: {
        type: "string",
        enum: ["sharps", "flats"],
        default: "sharps",
        description: "Whether transposed roots use sharps (C#) or flats (Db).",
      },
    },
    required: ["chords", "semitones"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      semitones: { type: "integer" },
      original: { type: "array", items: { type: "string" } },
      transposed: { type: "array", items: { type: "string" } },
    },
    required: ["semitones", "original", "transposed"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { chords: ["C", "Am", "F", "G7"], semitones: 2 },
      result: { semitones: 2, original: ["C", "Am", "F", "G7"], transposed: ["D", "Bm", "G", "A7"] },
    },
    {
      arguments: { chords: ["G", "D/F#", "Em7", "Cmaj7"], semitones: -2, accidentals: "flats" },
      result: {
        semitones: -2,
        original: ["G", "D/F#", "Em7", "Cmaj7"],
        transposed: ["F", "C/E", "Dm7", "Bbmaj7"],
      },
    },
  ],
  invalidExamples: [
    { arguments: { chords: ["C", "Hm"], semitones: 2 }, error: "chord 2 'Hm' is not a chord symbol" },
    { arguments: { chords: ["C"], semitones: 12 }, error: "$.semitones must be <= 11" },
  ],
  run: ({ chords, semitones, accidentals = "sharps" }) => {
    const transposed = chords.map((chord, index) => {
      const match = chordPattern.exec(chord);
      if (match === null) {
        throw new ToolArgumentError({
          message: `chord ${index + 1} '${chord}' is not a chord symbol: write a root A-G, optional # or b, a quality and an optional /bass, e.g. 'C', 'F#m7', 'Bb/D'`,
          argument: "chords",
        });
      }
      const [, root = "C", quality = "", bass] = match;
      const moved = spell(pitchClass(root) + semitones, accidentals, root);
      const movedBass =
        bass === undefined ? "" : `/${spell(pitchClass(bass) + semitones, accidentals, bass)}`;
      return `${moved}${quality}${movedBass}`;
    });
    return { semitones, original: chords, transposed };
  },
});
