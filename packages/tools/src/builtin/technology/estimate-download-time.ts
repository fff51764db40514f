import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { zeroPad } from "../shared/zero-pad.js";

const sizes = { MB: 1e6, GB: 1e9, TB: 1e12, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40 } as const;

/** Transfer time of a file over a link. */
export const estimateDownloadTime = defineTool<{
  file_size: number;
  size_unit?: keyof typeof sizes;
  bandwidth_mbps: number;
  protocol_overhead_percent?: number;
}>({
  name: "estimate_download_time",
  description:
    "Estimate how long downloading or uploading a file takes over a link of a given bandwidth in megabits per second, allowing for protocol overhead. Returns the effective throughput (Mbit/s and MB/s, rounded to 2 decimals), the time in seconds (rounded to 1 decimal) and as h:mm:ss.",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      file_size: { type: "number", exclusiveMinimum: 0, description: "File size, e.g. 4.7." },
      size_unit: {
        type: "string",
        enum: Object.keys(sizes),
        default: "GB",
        description: "Unit of file_size (decimal MB/GB/TB or binary MiB/GiB/TiB).",
      },
      bandwidth_mbps: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 1000000,
        description: "Link speed in megabits per second, e.g. 100.",
      },
      protocol_overhead_percent: {
        type: "number",
        minimum: 0,
        maximum: 50,
        default: 10,
        description: "Share of bandwidth lost to TCP/IP and protocol overhead.",
      },
    },
    required: ["file_size", "bandwidth_mbps"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      effective_mbps: { type: "number" },
      effective_megabytes_per_second: { type: "number" },
      seconds: { type: "number" },
      duration: { type: "string", pattern: "^\\d+:[0-5]\\d:[0-5]\\d$" },
    },
    required: ["effective_mbps", "effective_megabytes_per_second", "seconds", "duration"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { file_size: 4.5, bandwidth_mbps: 100 },
      result: {
        effective_mbps: 90,
        effective_megabytes_per_second: 11.25,
        seconds: 400,
        duration: "0:06:40",
      },
    },
    {
      arguments: { file_size: 700, size_unit: "MiB", bandwidth_mbps: 8, protocol_overhead_percent: 0 },
      result: { effective_mbps: 8, effective_megabytes_per_second: 1, seconds: 734, duration: "0:12:14" },
    },
  ],
  invalidExamples: [
    { arguments: { file_size: 1, bandwidth_mbps: 0 }, error: "$.bandwidth_mbps must be > 0" },
    { arguments: { file_size: 1, size_unit: "KB", bandwidth_mbps: 10 }, error: "$.size_unit must be one of" },
  ],
  run: ({ file_size, size_unit = "GB", bandwidth_mbps, protocol_overhead_percent = 10 }) => {
    const effective = bandwidth_mbps * (1 - protocol_overhead_percent / 100);
    const seconds = (file_size * sizes[size_unit] * 8) / (effective * 1e6);
    const whole = Math.round(seconds);
    return {
      effective_mbps: roundTo(effective, 2),
      effective_megabytes_per_second: roundTo(effective / 8, 2),
      seconds: roundTo(seconds, 1),
      duration: `${Math.floor(whole / 3600)}:${zeroPad(Math.floor((whole % 3600) / 60))}:${zeroPad(whole % 60)}`,
    };
  },
});
