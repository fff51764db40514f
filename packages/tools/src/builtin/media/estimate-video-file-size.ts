import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  duration_seconds: number;
  video_bitrate_kbps: number;
  audio_bitrate_kbps?: number;
  container_overhead_percent?: number;
}

/** Size of a video file from its duration and bitrates. */
export const estimateVideoFileSize = defineTool<Args>({
  name: "estimate_video_file_size",
  description:
    "Estimate the size of an encoded video file from its duration, video and audio bitrates and the container overhead. Returns the size in bytes, in megabytes (10^6, 2 decimals) and gibibytes (2^30, 3 decimals), and the total bitrate in kbps.",
  category: "Media",
  parameters: {
    type: "object",
    properties: {
      duration_seconds: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 604800,
        description: "Length of the video in seconds (up to 7 days).",
      },
      video_bitrate_kbps: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 1000000,
        description: "Average video bitrate in kilobits per second, e.g. 5000 for 1080p H.264.",
      },
      audio_bitrate_kbps: {
        type: "number",
        minimum: 0,
        maximum: 10000,
        default: 128,
        description: "Audio bitrate in kbps; 0 for no audio. Default 128.",
      },
      container_overhead_percent: {
        type: "number",
        minimum: 0,
        maximum: 20,
        default: 2,
        description: "Muxing overhead of the container (MP4, MKV) in percent. Default 2.",
      },
    },
    required: ["duration_seconds", "video_bitrate_kbps"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_bitrate_kbps: { type: "number" },
      size_bytes: { type: "integer", minimum: 0 },
      size_mb: { type: "number" },
      size_gib: { type: "number" },
    },
    required: ["total_bitrate_kbps", "size_bytes", "size_mb", "size_gib"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { duration_seconds: 600, video_bitrate_kbps: 5000 },
      result: { total_bitrate_kbps: 5128, size_bytes: 392292000, size_mb: 392.29, size_gib: 0.365 },
    },
    {
      arguments: {
        duration_seconds: 7200,
        video_bitrate_kbps: 16000,
        audio_bitrate_kbps: 640,
        container_overhead_percent: 0,
      },
      result: { total_bitrate_kbps: 16640, size_bytes: 14976000000, size_mb: 14976, size_gib: 13.947 },
    },
  ],
  invalidExamples: [
    { arguments: { duration_seconds: 0, video_bitrate_kbps: 5000 }, error: "$.duration_seconds must be > 0" },
    {
      arguments: { duration_seconds: 60, video_bitrate_kbps: 5000, container_overhead_percent: 50 },
      error: "$.container_overhead_percent must be <= 20",
    },
  ],
  run: ({
    duration_seconds: seconds,
    video_bitrate_kbps: video,
    audio_bitrate_kbps: audio = 128,
    container_overhead_percent: overhead = 2,
  }) => {
    const total = video + audio;
    const bytes = Math.round(
      roundTo(((total * 1000) / 8) * seconds * (1 + overhead / 100), 3, { method: "decimal" }),
    );
    return {
      total_bitrate_kbps: roundTo(total, 3, { method: "decimal" }),
      size_bytes: bytes,
      size_mb: roundTo(bytes / 1e6, 2, { method: "decimal" }),
      size_gib: roundTo(bytes / 2 ** 30, 3, { method: "decimal" }),
    };
  },
});
