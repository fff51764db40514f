/** Pitch-class helpers shared by the music-theory tools (12-tone equal temperament). */

export const sharpNames = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"] as const;
export const flatNames = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"] as const;

/** A note name without octave: a letter and an optional sharp or flat. */
export const noteNamePattern = "^[A-G](#|b)?$";

const letterSemitones: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** Semitones above C of a note name such as "C#" or "Bb", before wrapping (Cb gives -1, B# gives 12). */
export function semitonesAboveC(name: string): number {
  const letter = letterSemitones[name.charAt(0)] ?? 0;
  const accidental = name.slice(1);
  return letter + (accidental === "#" ? 1 : accidental === "b" ? -1 : 0);
}

/** The MIDI number of a note in scientific pitch notation: "C-1" is 0, "A4" is 69. */
export function midiNumber(note: string): number {
  const octave = Number(note.replace(/^[A-G](#|b)?/, ""));
  return (octave + 1) * 12 + semitonesAboveC(note.replace(/-?\d+$/, ""));
}

/** The pitch class (0 = C … 11 = B) of a note name. */
export function pitchClass(name: string): number {
  return (semitonesAboveC(name) + 12) % 12;
}

export type Accidentals = "sharps" | "flats" | "auto";

/** Spells a pitch class; "auto" uses flats when the reference note has a flat or is F. */
export function spell(pc: number, accidentals: Accidentals, reference: string): string {
  const useFlats =
    accidentals === "flats" || (accidentals === "auto" && (reference.includes("b") || reference === "F"));
  const index = ((pc % 12) + 12) % 12;
  return (useFlats ? flatNames : sharpNames)[index] ?? "C";
}

export const intervalNames = [
  "perfect unison",
  "minor second",
  "major second",
  "minor third",
  "major third",
  "perfect fourth",
  "tritone",
  "perfect fifth",
  "minor sixth",
  "major sixth",
  "minor seventh",
  "major seventh",
] as const;
