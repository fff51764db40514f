import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { midiNumber } from "./pitch.js";

/** The frequency of a note in scientific pitch notation. */
export const noteToFrequency = defineTool<{ note: string; reference_a4_hz?: number }>({
  name: "note_to_frequency",
  description:
    "Convert a note in scientific pitch notation (e.g. 'A4', 'C#5', 'Bb2') to its frequency in 12-tone equal temperament. Returns the MIDI note number, the frequency in Hz rounded to 2 decimals and the period in milliseconds rounded to 3 decimals.",
  category: "Music",
  parameters: {
    type: "object",
    properties: {
      note: {
        type: "string",
        pattern: "^[A-G](#|b)?(-1|[0-9])$",
        description: "Note letter, optional accidental (# or b) and octave from -1 to 9; middle C is C4.",
      },
      reference_a4_hz: {
        type: "number",
        minimum: 400,
        maximum: 480,
        default: 440,
        description: "Tuning reference: the frequency of A4 in Hz.",
      },
    },
    required: ["note"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      note: { type: "string" },
      midi_number: { type: "integer", minimum: 0, maximum: 127 },
      frequency_hz: { type: "number", exclusiveMinimum: 0 },
      period_ms: { type: "number", exclusiveMinimum: 0 },
    },
    required: ["note", "midi_number", "frequency_hz", "period_ms"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { note: "A4" },
      result: { note: "A4", midi_number: 69, frequency_hz: 440, period_ms: 2.273 },
    },
    {
      arguments: { note: "C4" },
      result: { note: "C4", midi_number: 60, frequency_hz: 261.63, period_ms: 3.822 },
    },
    {
      arguments: { note: "A4", reference_a4_hz: 432 },
      result: { note: "A4", midi_number: 69, frequency_hz: 432, period_ms: 2.315 },
    },
    {
      arguments: { note: "E2" },
      result: { note: "E2", midi_number: 40, frequency_hz: 82.41, period_ms: 12.135 },
    },
  ],
  invalidExamples: [
    { arguments: { note: "A#9" }, error: "outside the MIDI range" },
    { arguments: { note: "A" }, error: "$.note must match pattern" },
    { arguments: { note: "A4", reference_a4_hz: 500 }, error: "$.reference_a4_hz must be <= 480" },
  ],
  run: ({ note, reference_a4_hz = 440 }) => {
    const midi = midiNumber(note);
    if (midi < 0 || midi > 127) {
      throw new ToolArgumentError({
        message: `${note} is outside the MIDI range C-1 (0) to G9 (127)`,
        argument: "note",
      });
    }
    const frequency = reference_a4_hz * 2 ** ((midi - 69) / 12);
    return {
      note,
      midi_number: midi,
      frequency_hz: roundTo(frequency, 2),
      period_ms: roundTo(1000 / frequency, 3),
    };
  },
});
