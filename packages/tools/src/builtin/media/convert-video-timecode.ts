import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { zeroPad } from "../shared/zero-pad.js";

const frameRates = [23.976, 24, 25, 29.97, 30, 50, 59.94, 60];

interface Args {
  fps: number;
  timecode?: string;
  frames?: number;
  seconds?: number;
}

/** Converts between SMPTE timecode, frame counts and seconds at a frame rate (non-drop-frame). */
export const convertVideoTimecode = defineTool<Args>({
  name: "convert_video_timecode",
  description:
    "Convert a video position between SMPTE non-drop-frame timecode (HH:MM:SS:FF), a frame count and seconds at a given frame rate; give exactly one of the three. At 23.976, 29.97 and 59.94 fps timecode counts 24, 30 or 60 frames per second, so it runs slower than the clock. Returns all three forms, seconds rounded to 3 decimals.",
  category: "Media",
  parameters: {
    type: "object",
    properties: {
      fps: { type: "number", enum: frameRates, description: "Frame rate of the video." },
      timecode: {
        type: "string",
        pattern: "^\\d{2}:[0-5]\\d:[0-5]\\d:\\d{2}$",
        description:
          "Non-drop-frame timecode 'HH:MM:SS:FF', e.g. '01:02:03:12'; give this, frames or seconds.",
      },
      frames: {
        type: "integer",
        minimum: 0,
        maximum: 100000000,
        description: "Frame count from 00:00:00:00; give this, timecode or seconds.",
      },
      seconds: {
        type: "number",
        minimum: 0,
        maximum: 3600000,
        description:
          "Elapsed real time in seconds, rounded to the nearest frame; give this, timecode or frames.",
      },
    },
    required: ["fps"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      fps: { type: "number" },
      timecode: { type: "string", pattern: "^\\d{2,}:\\d{2}:\\d{2}:\\d{2}$" },
      frames: { type: "integer", minimum: 0 },
      seconds: { type: "number", minimum: 0 },
    },
    required: ["fps", "timecode", "frames", "seconds"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { fps: 25, timecode: "01:00:00:00" },
      result: { fps: 25, timecode: "01:00:00:00", frames: 90000, seconds: 3600 },
    },
    {
      arguments: { fps: 29.97, timecode: "00:01:00:00" },
      result: { fps: 29.97, timecode: "00:01:00:00", frames: 1800, seconds: 60.06 },
    },
    {
      arguments: { fps: 24, seconds: 10.5 },
      result: { fps: 24, timecode: "00:00:10:12", frames: 252, seconds: 10.5 },
    },
  ],
  invalidExamples: [
    {
      arguments: { fps: 25, timecode: "00:00:01:25" },
      error: "frame field 25 is too large: at 25 fps frames run 00-24",
    },
    {
      arguments: { fps: 25, frames: 100, seconds: 4 },
      error: "give exactly one of timecode, frames or seconds",
    },
    { arguments: { fps: 12, frames: 100 }, error: "$.fps must be one of" },
  ],
  run: ({ fps, timecode, frames, seconds }) => {
    const given = [timecode, frames, seconds].filter((value) => value !== undefined).length;
    if (given !== 1) {
      throw new ToolArgumentError({
        message: `give exactly one of timecode, frames or seconds (got ${given})`,
        argument: "timecode",
      });
    }
    const nominal = Math.round(fps);
    let total: number;
    if (timecode !== undefined) {
      const [h, m, s, f] = timecode.split(":").map(Number) as [number, number, number, number];
      if (f >= nominal) {
        throw new ToolArgumentError({
          message: `frame field ${f} is too large: at ${fps} fps frames run 00-${nominal - 1}`,
          argument: "timecode",
        });
      }
      total = ((h * 60 + m) * 60 + s) * nominal + f;
    } else {
      total = frames ?? Math.round(roundTo((seconds ?? 0) * fps, 6, { method: "decimal" }));
    }
    const secondsTotal = Math.floor(total / nominal);
    const code = `${zeroPad(Math.floor(secondsTotal / 3600))}:${zeroPad(Math.floor(secondsTotal / 60) % 60)}:${zeroPad(secondsTotal % 60)}:${zeroPad(total % nominal)}`;
    return { fps, timecode: code, frames: total, seconds: roundTo(total / fps, 3, { method: "decimal" }) };
  },
});
