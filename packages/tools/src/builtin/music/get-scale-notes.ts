import { defineTool } from "../define-tool.js";
import { type Accidentals, intervalNames, noteNamePattern, pitchClass, spell } from "./pitch.js";

const scales: Record<string, number[]> = {
  major: [0, 2, 4, 5, 7, 9, 11],
  natural_minor: [0, 2, 3, 5, 7, 8, 10],
  harmonic_minor: [0, 2, 3, 5, 7, 8, 11],
  melodic_minor: [0, 2, 3, 5, 7, 9, 11],
  dorian: [0, 2, 3, 5, 7, 9, 10],
  phrygian: [0, 1, 3, 5, 7, 8, 10],
  lydian: [0, 2, 4, 6, 7, 9, 11],
  mixolydian: [0, 2, 4, 5, 7, 9, 10],
  locrian: [0, 1, 3, 5, 6, 8, 10],
  major_pentatonic: [0, 2, 4, 7, 9],
  minor_pentatonic: [0, 3, 5, 7, 10],
  blues: [0, 3, 5, 6, 7, 10],
};

/** The notes of a scale or mode on a root. */
export const getScaleNotes = defineTool<{ root: string; scale: string; accidentals?: Accidentals }>({
  name: "get_scale_notes",
  description:
    "List the notes of a musical scale or mode built on a root note, with each degree's interval from the root. Notes are spelled by pitch class with sharps or flats (12-tone equal temperament).",
  category: "Music",
  parameters: {
    type: "object",
    properties: {
      root: { type: "string", pattern: noteNamePattern, description: "Root note, e.g. 'C', 'F#', 'Bb'." },
      scale: { type: "string", enum: Object.keys(scales), description: "Scale or mode." },
      accidentals: {
        type: "string",
        enum: ["sharps", "flats", "auto"],
        default: "auto",
        description: "How to spell altered notes; 'auto' uses flats when the root has a flat or is F.",
      },
    },
    required: ["root", "scale"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      root: { type: "string" },
      scale: { type: "string" },
      notes: { type: "array", items: { type: "string" } },
      degrees: {
        type: "array",
        items: {
          type: "object",
          properties: {
            degree: { type: "integer", minimum: 1 },
            note: { type: "string" },
            semitones_from_root: { type: "integer" },
            interval: { type: "string" },
          },
          required: ["degree", "note", "semitones_from_root", "interval"],
          additionalProperties: false,
        },
      },
    },
    required: ["root", "scale", "notes", "degrees"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { root: "C", scale: "major" },
      result: {
        root: "C",
        scale: "major",
        notes: ["C", "D", "E", "F", "G", "A", "B"],
        degrees: [
          { degree: 1, note: "C", semitones_from_root: 0, interval: "perfect unison" },
          { degree: 2, note: "D", semitones_from_root: 2, interval: "major second" },
          { degree: 3, note: "E", semitones_from_root: 4, interval: "major third" },
          { degree: 4, note: "F", semitones_from_root: 5, interval: "perfect fourth" },
          { degree: 5, note: "G", semitones_from_root: 7, interval: "perfect fifth" },
          { degree: 6, note: "A", semitones_from_root: 9, interval: "major sixth" },
          { degree: 7, note: "B", semitones_from_root: 11, interval: "major seventh" },
        ],
      },
    },
    {
      arguments: { root: "A", scale: "minor_pentatonic" },
      result: {
        root: "A",
        scale: "minor_pentatonic",
        notes: ["A", "C", "D", "E", "G"],
        degrees: [
          { degree: 1, note: "A", semitones_from_root: 0, interval: "perfect unison" },
          { degree: 2, note: "C", semitones_from_root: 3, interval: "minor third" },
          { degree: 3, note: "D", semitones_from_root: 5, interval: "perfect fourth" },
          { degree: 4, note: "E", semitones_from_root: 7, interval: "perfect fifth" },
          { degree: 5, note: "G", semitones_from_root: 10, interval: "minor seventh" },
        ],
      },
    },
    {
      arguments: { root: "Bb", scale: "mixolydian" },
      result: {
        root: "Bb",
        scale: "mixolydian",
        notes: ["Bb", "C", "D", "Eb", "F", "G", "Ab"],
        degrees: [
          { degree: 1, note: "Bb", semitones_from_root: 0, interval: "perfect unison" },
          { degree: 2, note: "C", semitones_from_root: 2, interval: "major second" },
          { degree: 3, note: "D", semitones_from_root: 4, interval: "major third" },
          { degree: 4, note: "Eb", semitones_from_root: 5, interval: "perfect fourth" },
          { degree: 5, note: "F", semitones_from_root: 7, interval: "perfect fifth" },
          { degree: 6, note: "G", semitones_from_root: 9, interval: "major sixth" },
          { degree: 7, note: "Ab", semitones_from_root: 10, interval: "minor seventh" },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { root: "H", scale: "major" }, error: "$.root must match pattern" },
    { arguments: { root: "C", scale: "bebop" }, error: "$.scale must be one of" },
  ],
  run: ({ root, scale, accidentals = "auto" }) => {
    const steps = scales[scale] ?? [];
    const base = pitchClass(root);
    const degrees = steps.map((step, index) => ({
      degree: index + 1,
      note: index === 0 ? root : spell(base + step, accidentals, root),
      semitones_from_root: step,
      interval: intervalNames[step] ?? "",
    }));
    return { root, scale, notes: degrees.map((d) => d.note), degrees };
  },
});
