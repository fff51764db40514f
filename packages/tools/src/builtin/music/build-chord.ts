import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { type Accidentals, noteNamePattern, pitchClass, spell } from "./pitch.js";

const qualities: Record<string, { symbol: string; intervals: number[] }> = {
  major: { symbol: "", intervals: [0, 4, 7] },
  minor: { symbol: "m", intervals: [0, 3, 7] },
  diminished: { symbol: "dim", intervals: [0, 3, 6] },
  augmented: { symbol: "aug", intervals: [0, 4, 8] },
  sus2: { symbol: "sus2", intervals: [0, 2, 7] },
  sus4: { symbol: "sus4", intervals: [0, 5, 7] },
  dominant7: { symbol: "7", intervals: [0, 4, 7, 10] },
  major7: { symbol: "maj7", intervals: [0, 4, 7, 11] },
  minor7: { symbol: "m7", intervals: [0, 3, 7, 10] },
  half_diminished7: { symbol: "m7b5", intervals: [0, 3, 6, 10] },
  diminished7: { symbol: "dim7", intervals: [0, 3, 6, 9] },
  add9: { symbol: "add9", intervals: [0, 4, 7, 14] },
};

/** The notes of a chord from its root and quality, optionally inverted. */
export const buildChord = defineTool<{
  root: string;
  quality: string;
  inversion?: number;
  accidentals?: Accidentals;
}>({
  name: "build_chord",
  description:
    "Build a chord from a root note and a quality (major, minor7, sus4, ...). Returns the chord symbol, its notes from the bass up (after the requested inversion) and the semitone intervals above the root.",
  category: "Music",
  parameters: {
    type: "object",
    properties: {
      root: { type: "string", pattern: noteNamePattern, description: "Root note, e.g. 'D', 'Eb', 'G#'." },
      quality: { type: "string", enum: Object.keys(qualities), description: "Chord quality." },
      inversion: {
        type: "integer",
        minimum: 0,
        maximum: 3,
        default: 0,
        description: "0 = root position, 1 = first inversion, ...; must be less than the number of notes.",
      },
      accidentals: {
        type: "string",
        enum: ["sharps", "flats", "auto"],
        default: "auto",
        description: "Spelling of altered notes; 'auto' uses flats when the root has a flat or is F.",
      },
    },
    required: ["root", "quality"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      symbol: { type: "string" },
      notes: { type: "array", items: { type: "string" }, minItems: 3 },
      intervals: { type: "array", items: { type: "integer" } },
      bass: { type: "string" },
    },
    required: ["symbol", "notes", "intervals", "bass"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { root: "C", quality: "major" },
      result: { symbol: "C", notes: ["C", "E", "G"], intervals: [0, 4, 7], bass: "C" },
    },
    {
      arguments: { root: "A", quality: "minor7" },
      result: { symbol: "Am7", notes: ["A", "C", "E", "G"], intervals: [0, 3, 7, 10], bass: "A" },
    },
    {
      arguments: { root: "Eb", quality: "dominant7", inversion: 1 },
      result: { symbol: "Eb7/G", notes: ["G", "Bb", "Db", "Eb"], intervals: [0, 4, 7, 10], bass: "G" },
    },
  ],
  invalidExamples: [
    {
      arguments: { root: "C", quality: "major", inversion: 3 },
      error: "inversion 3 needs a chord of at least 4 notes",
    },
    { arguments: { root: "C", quality: "power" }, error: "$.quality must be one of" },
  ],
  run: ({ root, quality, inversion = 0, accidentals = "auto" }) => {
    const chord = qualities[quality] ?? { symbol: "", intervals: [0, 4, 7] };
    if (inversion >= chord.intervals.length) {
      throw new ToolArgumentError({
        message: `inversion ${inversion} needs a chord of at least ${inversion + 1} notes; a ${quality} chord has ${chord.intervals.length} (use 0 to ${chord.intervals.length - 1})`,
        argument: "inversion",
      });
    }
    const base = pitchClass(root);
    const names = chord.intervals.map((step) => (step === 0 ? root : spell(base + step, accidentals, root)));
    const notes = [...names.slice(inversion), ...names.slice(0, inversion)];
    const bass = notes[0] ?? root;
    const symbol = `${root}${chord.symbol}${inversion > 0 ? `/${bass}` : ""}`;
    return { symbol, notes, intervals: chord.intervals, bass };
  },
});
