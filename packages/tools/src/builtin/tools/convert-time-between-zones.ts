import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { formatUtcInstant } from "../shared/format-utc-instant.js";
import { formatUtcOffset } from "../shared/format-utc-offset.js";
import { zonedDateTime } from "../shared/zoned-date-time.js";
import { zonedToUtc } from "../shared/zoned-to-utc.js";
import { timeZones } from "./data/time-zones.js";

/** Converts a wall-clock time from one IANA time zone to another, daylight saving included. */
export const convertTimeBetweenZones = defineTool<{
  datetime: string;
  from_timezone: string;
  to_timezone: string;
}>({
  name: "convert_time_between_zones",
  description:
    "Convert a local date and time from one IANA time zone to another, applying each zone's daylight-saving rules on that date. Returns the local time in both zones with their UTC offsets, the UTC instant and the hour difference.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      datetime: {
        type: "string",
        pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$",
        description:
          "Local wall-clock time in from_timezone, without offset: 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DDTHH:MM:SS'.",
      },
      from_timezone: {
        type: "string",
        enum: timeZones,
        description: "IANA zone of the given time, e.g. 'America/New_York'.",
      },
      to_timezone: {
        type: "string",
        enum: timeZones,
        description: "IANA zone to convert to, e.g. 'Asia/Tokyo'.",
      },
    },
    required: ["datetime", "from_timezone", "to_timezone"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      source: { $ref: "#/$defs/zoned" },
      target: { $ref: "#/$defs/zoned" },
      utc: { type: "string", format: "date-time" },
      difference_hours: { type: "number", description: "Target offset minus source offset." },
    },
    required: ["source", "target", "utc", "difference_hours"],
    additionalProperties: false,
    $defs: {
      zoned: {
        type: "object",
        properties: {
          datetime: { type: "string" },
          timezone: { type: "string" },
          utc_offset: { type: "string", pattern: "^[+-]\\d{2}:\\d{2}$" },
        },
        required: ["datetime", "timezone", "utc_offset"],
        additionalProperties: false,
      },
    },
  },
  examples: [
    {
      arguments: {
        datetime: "2024-03-15T09:00",
        from_timezone: "America/New_York",
        to_timezone: "Europe/London",
      },
      result: {
        source: { datetime: "2024-03-15T09:00:00", timezone: "America/New_York", utc_offset: "-04:00" },
        target: { datetime: "2024-03-15T13:00:00", timezone: "Europe/London", utc_offset: "+00:00" },
        utc: "2024-03-15T13:00:00Z",
        difference_hours: 4,
      },
    },
    {
      arguments: {
        datetime: "2024-07-01T18:30:00",
        from_timezone: "Asia/Tokyo",
        to_timezone: "Asia/Kolkata",
      },
      result: {
        source: { datetime: "2024-07-01T18:30:00", timezone: "Asia/Tokyo", utc_offset: "+09:00" },
        target: { datetime: "2024-07-01T15:00:00", timezone: "Asia/Kolkata", utc_offset: "+05:30" },
        utc: "2024-07-01T09:30:00Z",
        difference_hours: -3.5,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { datetime: "2024-03-10T02:30", from_timezone: "America/New_York", to_timezone: "UTC" },
      error: "does not exist in America/New_York",
    },
    {
      arguments: { datetime: "2024-02-30T10:00", from_timezone: "UTC", to_timezone: "Asia/Tokyo" },
      error: "not a valid calendar date",
    },
    {
      arguments: { datetime: "2024-03-10T10:00", from_timezone: "Mars/Olympus", to_timezone: "UTC" },
      error: "$.from_timezone must be one of",
    },
  ],
  run: ({ datetime, from_timezone: from, to_timezone: to }) => {
    const local = datetime.length === 16 ? `${datetime}:00` : datetime;
    const asUtc = Date.parse(`${local}Z`);
    if (Number.isNaN(asUtc) || new Date(asUtc).toISOString().slice(0, 19) !== local) {
      throw new ToolArgumentError({
        message: `${local} is not a valid calendar date and time`,
        argument: "datetime",
      });
    }
    const utcMs = zonedToUtc(local, from);
    const source = zonedDateTime(utcMs, from);
    if (source.datetime !== local) {
      throw new ToolArgumentError({
        message: `${local} does not exist in ${from}: clocks skip it when daylight saving time starts; use a time an hour later`,
        argument: "datetime",
      });
    }
    const target = zonedDateTime(utcMs, to);
    return {
      source: {
        datetime: source.datetime,
        timezone: from,
        utc_offset: formatUtcOffset(source.offsetMinutes),
      },
      target: { datetime: target.datetime, timezone: to, utc_offset: formatUtcOffset(target.offsetMinutes) },
      utc: formatUtcInstant(utcMs, { milliseconds: "never" }),
      difference_hours: (target.offsetMinutes - source.offsetMinutes) / 60,
    };
  },
});
