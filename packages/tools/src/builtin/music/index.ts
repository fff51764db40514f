import type { BuiltinTool } from "../define-tool.js";
import { buildChord } from "./build-chord.js";
import { calculateMusicalInterval } from "./calculate-musical-interval.js";
import { calculateSongLength } from "./calculate-song-length.js";
import { convertBpmToDelay } from "./convert-bpm-to-delay.js";
import { getArtistProfile } from "./get-artist-profile.js";
import { getMusicChart } from "./get-music-chart.js";
import { getScaleNotes } from "./get-scale-notes.js";
import { noteToFrequency } from "./note-to-frequency.js";
import { searchSongs } from "./search-songs.js";
import { transposeChordProgression } from "./transpose-chord-progression.js";

/** Built-in tools of the Music category. */
export const musicTools: readonly BuiltinTool[] = [
  getArtistProfile,
  searchSongs,
  getMusicChart,
  getScaleNotes,
  buildChord,
  transposeChordProgression,
  calculateMusicalInterval,
  noteToFrequency,
  convertBpmToDelay,
  calculateSongLength,
];
