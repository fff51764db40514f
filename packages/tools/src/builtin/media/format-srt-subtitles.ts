import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { zeroPad } from "../shared/zero-pad.js";

interface Cue {
  start_seconds: number;
  end_seconds: number;
  text: string;
}

function srtTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  return `${zeroPad(Math.floor(ms / 3_600_000))}:${zeroPad(Math.floor(ms / 60_000) % 60)}:${zeroPad(Math.floor(ms / 1000) % 60)},${zeroPad(ms % 1000, 3)}`;
}

/** Builds an SRT subtitle file from timed cues, checking order, overlap and reading speed. */
export const formatSrtSubtitles = defineTool<{ cues: Cue[]; max_chars_per_second?: number }>({
  name: "format_srt_subtitles",
  description:
    "Build a SubRip (.srt) subtitle file from timed cues. Cues must be in order and must not overlap; cues read faster than max_chars_per_second are reported as warnings. Returns the SRT text, the number of cues, the covered span in seconds and the warnings.",
  category: "Media",
  parameters: {
    type: "object",
    properties: {
      cues: {
        type: "array",
        minItems: 1,
        maxItems: 2000,
        description: "The cues in playback order.",
        items: {
          type: "object",
          properties: {
            start_seconds: { type: "number", minimum: 0, description: "When the cue appears, in seconds." },
            end_seconds: {
              type: "number",
              exclusiveMinimum: 0,
              description: "When the cue disappears, in seconds.",
            },
            text: {
              type: "string",
              minLength: 1,
              maxLength: 500,
              description: "Cue text; use \\n for a second line.",
            },
          },
          required: ["start_seconds", "end_seconds", "text"],
          additionalProperties: false,
        },
      },
      max_chars_per_second: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 50,
        default: 20,
        description: "Reading-speed limit for warnings. Default 20.",
      },
    },
    required: ["cues"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      srt: { type: "string" },
      cue_count: { type: "integer", minimum: 1 },
      span_seconds: { type: "number", minimum: 0 },
      warnings: { type: "array", items: { type: "string" } },
    },
    required: ["srt", "cue_count", "span_seconds", "warnings"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        cues: [
          { start_seconds: 1, end_seconds: 3.5, text: "Where were you last night?" },
          { start_seconds: 3.8, end_seconds: 4.6, text: "Out. With friends. Nobody you know." },
        ],
      },
      result: {
        srt: "1\n00:00:01,000 --> 00:00:03,500\nWhere were you last night?\n\n2\n00:00:03,800 --> 00:00:04,600\nOut. With friends. Nobody you know.\n",
        cue_count: 2,
        span_seconds: 3.6,
        warnings: ["cue 2 needs 43.8 characters per second (limit 20): lengthen it or shorten the text"],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { cues: [{ start_seconds: 5, end_seconds: 4, text: "Hi" }] },
      error: "cue 1 ends (4 s) before it starts (5 s)",
    },
    {
      arguments: {
        cues: [
          { start_seconds: 1, end_seconds: 4, text: "A" },
          { start_seconds: 3, end_seconds: 5, text: "B" },
        ],
      },
      error: "cue 2 starts at 3 s, before cue 1 ends at 4 s",
    },
    { arguments: { cues: [] }, error: "$.cues must NOT have fewer than 1 items" },
  ],
  run: ({ cues, max_chars_per_second: limit = 20 }) => {
    const warnings: string[] = [];
    const blocks = cues.map((cue, i) => {
      const n = i + 1;
      if (cue.end_seconds <= cue.start_seconds) {
        throw new ToolArgumentError({
          message: `cue ${n} ends (${cue.end_seconds} s) before it starts (${cue.start_seconds} s)`,
          argument: "cues",
        });
      }
      const previous = cues[i - 1];
      if (previous !== undefined && cue.start_seconds < previous.end_seconds) {
        throw new ToolArgumentError({
          message: `cue ${n} starts at ${cue.start_seconds} s, before cue ${i} ends at ${previous.end_seconds} s; cues must be in order without overlap`,
          argument: "cues",
        });
      }
      const cps = [...cue.text.replace(/\n/g, "")].length / (cue.end_seconds - cue.start_seconds);
      if (cps > limit) {
        warnings.push(
          `cue ${n} needs ${roundTo(cps, 1, { method: "decimal" })} characters per second (limit ${limit}): lengthen it or shorten the text`,
        );
      }
      return `${n}\n${srtTime(cue.start_seconds)} --> ${srtTime(cue.end_seconds)}\n${cue.text}\n`;
    });
    const first = cues[0]?.start_seconds ?? 0;
    const last = cues.at(-1)?.end_seconds ?? 0;
    return {
      srt: blocks.join("\n"),
      cue_count: cues.length,
      span_seconds: roundTo(last - first, 3, { method: "decimal" }),
      warnings,
    };
  },
});
