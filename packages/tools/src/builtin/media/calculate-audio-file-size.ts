import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  duration_seconds: number;
  sample_rate_hz?: number;
  bit_depth?: number;
  channels?: number;
  compressed_bitrate_kbps?: number;
}

/** Size of uncompressed PCM audio, and of the same audio at a compressed bitrate. */
export const calculateAudioFileSize = defineTool<Args>({
  name: "calculate_audio_file_size",
  description:
    "Calculate the size and bitrate of uncompressed PCM audio (as in a WAV file, 44-byte header included) from duration, sample rate, bit depth and channels, and optionally the size of the same audio at a compressed bitrate (MP3, AAC, Opus). Sizes in bytes and megabytes (10^6, 2 decimals).",
  category: "Media",
  parameters: {
    type: "object",
    properties: {
      duration_seconds: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 604800,
        description: "Length of the audio in seconds.",
      },
      sample_rate_hz: {
        type: "integer",
        enum: [8000, 16000, 22050, 32000, 44100, 48000, 88200, 96000, 192000],
        default: 44100,
        description: "Samples per second. Default 44100 (CD).",
      },
      bit_depth: {
        type: "integer",
        enum: [8, 16, 24, 32],
        default: 16,
        description: "Bits per sample. Default 16.",
      },
      channels: {
        type: "integer",
        minimum: 1,
        maximum: 8,
        default: 2,
        description: "Number of channels (1 mono, 2 stereo, 6 for 5.1). Default 2.",
      },
      compressed_bitrate_kbps: {
        type: "integer",
        minimum: 6,
        maximum: 640,
        description: "Optional bitrate of a compressed version, e.g. 320 for high-quality MP3.",
      },
    },
    required: ["duration_seconds"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      pcm_bitrate_kbps: { type: "number" },
      wav_size_bytes: { type: "integer" },
      wav_size_mb: { type: "number" },
      compressed_size_bytes: { type: "integer" },
      compressed_size_mb: { type: "number" },
      compression_ratio: {
        type: "number",
        description: "PCM bitrate divided by the compressed bitrate, 1 decimal.",
      },
    },
    required: ["pcm_bitrate_kbps", "wav_size_bytes", "wav_size_mb"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { duration_seconds: 60 },
      result: { pcm_bitrate_kbps: 1411.2, wav_size_bytes: 10584044, wav_size_mb: 10.58 },
    },
    {
      arguments: {
        duration_seconds: 240,
        sample_rate_hz: 48000,
        bit_depth: 24,
        channels: 2,
        compressed_bitrate_kbps: 320,
      },
      result: {
        pcm_bitrate_kbps: 2304,
        wav_size_bytes: 69120044,
        wav_size_mb: 69.12,
        compressed_size_bytes: 9600000,
        compressed_size_mb: 9.6,
        compression_ratio: 7.2,
      },
    },
  ],
  invalidExamples: [
    { arguments: { duration_seconds: 60, sample_rate_hz: 44000 }, error: "$.sample_rate_hz must be one of" },
    { arguments: { duration_seconds: -1 }, error: "$.duration_seconds must be > 0" },
  ],
  run: ({
    duration_seconds: seconds,
    sample_rate_hz: rate = 44100,
    bit_depth: depth = 16,
    channels = 2,
    compressed_bitrate_kbps: compressed,
  }) => {
    const bytesPerSecond = (rate * depth * channels) / 8;
    const wavBytes = Math.round(bytesPerSecond * seconds) + 44;
    const result: Record<string, number> = {
      pcm_bitrate_kbps: roundTo((bytesPerSecond * 8) / 1000, 3, { method: "decimal" }),
      wav_size_bytes: wavBytes,
      wav_size_mb: roundTo(wavBytes / 1e6, 2, { method: "decimal" }),
    };
    if (compressed !== undefined) {
      const bytes = Math.round((compressed * 1000 * seconds) / 8);
      result.compressed_size_bytes = bytes;
      result.compressed_size_mb = roundTo(bytes / 1e6, 2, { method: "decimal" });
      result.compression_ratio = roundTo((bytesPerSecond * 8) / (compressed * 1000), 1, {
        method: "decimal",
      });
    }
    return result;
  },
});
