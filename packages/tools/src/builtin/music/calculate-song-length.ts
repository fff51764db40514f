import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { zeroPad } from "../shared/zero-pad.js";

/** How long a piece lasts from its bars, tempo and time signature. */
export const calculateSongLength = defineTool<{ bars: number; bpm: number; time_signature?: string }>({
  name: "calculate_song_length",
  description:
    "Compute how long a piece of music lasts from its number of bars, tempo and time signature (the tempo counts beats of the signature's lower note value, e.g. quarter notes in 4/4, eighth notes in 6/8). Returns the total beats, the duration in seconds (2 decimals), as m:ss, and the length of one bar.",
  category: "Music",
  parameters: {
    type: "object",
    properties: {
      bars: { type: "integer", minimum: 1, maximum: 10000, description: "Number of bars (measures)." },
      bpm: { type: "number", exclusiveMinimum: 0, maximum: 400, description: "Tempo in beats per minute." },
      time_signature: {
        type: "string",
        pattern: "^([1-9]|1[0-9])/(2|4|8|16)$",
        default: "4/4",
        description: "Time signature as beats per bar / beat note value, e.g. '4/4', '3/4', '6/8', '7/8'.",
      },
    },
    required: ["bars", "bpm"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_beats: { type: "integer", minimum: 1 },
      seconds: { type: "number", exclusiveMinimum: 0 },
      formatted: { type: "string", pattern: "^[0-9]+:[0-5][0-9]$" },
      seconds_per_bar: { type: "number", exclusiveMinimum: 0 },
    },
    required: ["total_beats", "seconds", "formatted", "seconds_per_bar"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { bars: 96, bpm: 120 },
      result: { total_beats: 384, seconds: 192, formatted: "3:12", seconds_per_bar: 2 },
    },
    {
      arguments: { bars: 64, bpm: 180, time_signature: "6/8" },
      result: { total_beats: 384, seconds: 128, formatted: "2:08", seconds_per_bar: 2 },
    },
    {
      arguments: { bars: 50, bpm: 96, time_signature: "3/4" },
      result: { total_beats: 150, seconds: 93.75, formatted: "1:34", seconds_per_bar: 1.88 },
    },
  ],
  invalidExamples: [
    {
      arguments: { bars: 32, bpm: 120, time_signature: "4:4" },
      error: "$.time_signature must match pattern",
    },
    { arguments: { bars: 0, bpm: 120 }, error: "$.bars must be >= 1" },
  ],
  run: ({ bars, bpm, time_signature = "4/4" }) => {
    const beatsPerBar = Number(time_signature.split("/")[0]);
    const totalBeats = bars * beatsPerBar;
    const seconds = (totalBeats * 60) / bpm;
    const whole = Math.round(seconds);
    return {
      total_beats: totalBeats,
      seconds: roundTo(seconds, 2),
      formatted: `${Math.floor(whole / 60)}:${zeroPad(whole % 60)}`,
      seconds_per_bar: roundTo((beatsPerBar * 60) / bpm, 2),
    };
  },
});
