import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { zeroPad } from "../shared/zero-pad.js";

const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const clock = /^(\d+):([0-5]\d):([0-5]\d(?:\.\d+)?)$/;

/** Parses a duration in seconds, ISO 8601 (PT1H30M) or clock (01:30:00) form and writes it in all forms. */
export const convertDurationFormat = defineTool<{ duration: string }>({
  name: "convert_duration_format",
  description:
    "Convert a duration between total seconds ('5400'), ISO 8601 ('PT1H30M', 'P2DT3H', days counted as 24 hours) and clock form ('01:30:00', hours may exceed 24). Returns total seconds (3 decimals), the ISO 8601 form, the clock form, a readable form such as '1h 30m' and the total in minutes and hours (2 decimals).",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      duration: {
        type: "string",
        minLength: 1,
        maxLength: 40,
        description:
          "Seconds ('5400' or '90.5'), ISO 8601 duration ('PT1H30M') or clock time 'H:MM:SS' ('1:30:00').",
      },
    },
    required: ["duration"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_seconds: { type: "number", minimum: 0 },
      iso8601: { type: "string", pattern: "^P" },
      clock: { type: "string", pattern: "^\\d{2,}:\\d{2}:\\d{2}(\\.\\d+)?$" },
      readable: { type: "string" },
      total_minutes: { type: "number" },
      total_hours: { type: "number" },
    },
    required: ["total_seconds", "iso8601", "clock", "readable", "total_minutes", "total_hours"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { duration: "PT1H30M" },
      result: {
        total_seconds: 5400,
        iso8601: "PT1H30M",
        clock: "01:30:00",
        readable: "1h 30m",
        total_minutes: 90,
        total_hours: 1.5,
      },
    },
    {
      arguments: { duration: "93784" },
      result: {
        total_seconds: 93784,
        iso8601: "P1DT2H3M4S",
        clock: "26:03:04",
        readable: "1d 2h 3m 4s",
        total_minutes: 1563.07,
        total_hours: 26.05,
      },
    },
    {
      arguments: { duration: "0:00:45.5" },
      result: {
        total_seconds: 45.5,
        iso8601: "PT45.5S",
        clock: "00:00:45.5",
        readable: "45.5s",
        total_minutes: 0.76,
        total_hours: 0.01,
      },
    },
  ],
  invalidExamples: [
    { arguments: { duration: "P1Y2M" }, error: "years and months have no fixed length" },
    { arguments: { duration: "90 minutes" }, error: "'90 minutes' is not a duration this tool reads" },
  ],
  run: ({ duration }) => {
    const text = duration.trim().toUpperCase();
    let seconds: number | undefined;
    if (/^\d+(\.\d+)?$/.test(text)) {
      seconds = Number(text);
    }
    const isoMatch = iso.exec(text);
    if (isoMatch !== null && text !== "P" && !text.endsWith("T")) {
      const [, d, h, m, s] = isoMatch.map((part) => Number(part ?? 0));
      seconds = (d ?? 0) * 86400 + (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
    }
    const clockMatch = clock.exec(text);
    if (clockMatch !== null) {
      seconds = Number(clockMatch[1]) * 3600 + Number(clockMatch[2]) * 60 + Number(clockMatch[3]);
    }
    if (seconds === undefined) {
      const calendar = /^P(\d+Y|\d+M)/.test(text);
      throw new ToolArgumentError({
        message: calendar
          ? `'${duration}': years and months have no fixed length in seconds; use days (P30D) or hours instead`
          : `'${duration}' is not a duration this tool reads: use seconds ('5400'), ISO 8601 ('PT1H30M') or 'H:MM:SS' ('1:30:00')`,
        argument: "duration",
      });
    }
    const total = roundTo(seconds, 3, { method: "decimal" });
    const days = Math.floor(total / 86400);
    const hours = Math.floor((total % 86400) / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const secs = roundTo(total % 60, 3, { method: "decimal" });
    const time = [hours ? `${hours}H` : "", minutes ? `${minutes}M` : "", secs ? `${secs}S` : ""].join("");
    const isoText = total === 0 ? "PT0S" : `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
    const secText = secs < 10 ? `0${secs}` : `${secs}`;
    const readable = [
      days ? `${days}d` : "",
      hours ? `${hours}h` : "",
      minutes ? `${minutes}m` : "",
      secs ? `${secs}s` : "",
    ]
      .filter(Boolean)
      .join(" ");
    return {
      total_seconds: total,
      iso8601: isoText,
      clock: `${zeroPad(days * 24 + hours)}:${zeroPad(minutes)}:${secText}`,
      readable: readable || "0s",
      total_minutes: roundTo(total / 60, 2, { method: "decimal" }),
      total_hours: roundTo(total / 3600, 2, { method: "decimal" }),
    };
  },
});
