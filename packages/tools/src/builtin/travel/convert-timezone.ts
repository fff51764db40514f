import { defineTool } from "../define-tool.js";
import { checkTimeZone } from "../shared/check-time-zone.js";
import { formatUtcInstant } from "../shared/format-utc-instant.js";
import { formatZonedDateTime } from "../shared/format-zoned-date-time.js";
import { localDateTimePattern } from "../shared/local-date-time-pattern.js";
import { zonedDateTime } from "../shared/zoned-date-time.js";
import { zonedToUtc } from "../shared/zoned-to-utc.js";

/** Converts a local wall-clock time from one time zone to another. */
export const convertTimezone = defineTool<{ date_time: string; from_timezone: string; to_timezone: string }>({
  name: "convert_timezone",
  description:
    "Convert a local date and time from one IANA time zone to another, taking daylight saving time into account. Returns the converted local time and the original with their UTC offsets, the UTC instant and the difference between the zones in hours.",
  category: "Travel",
  parameters: {
    type: "object",
    properties: {
      date_time: {
        type: "string",
        pattern: localDateTimePattern,
        description: "Local date and time without offset, e.g. 2024-03-15T09:30.",
      },
      from_timezone: {
        type: "string",
        minLength: 1,
        description: "IANA time zone of date_time, e.g. America/New_York.",
      },
      to_timezone: {
        type: "string",
        minLength: 1,
        description: "IANA time zone to convert to, e.g. Asia/Tokyo.",
      },
    },
    required: ["date_time", "from_timezone", "to_timezone"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      source: { type: "string", format: "date-time" },
      converted: { type: "string", format: "date-time" },
      utc: { type: "string", format: "date-time" },
      difference_hours: {
        type: "number",
        description: "to_timezone minus from_timezone offset at that instant.",
      },
    },
    required: ["source", "converted", "utc", "difference_hours"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        date_time: "2024-03-15T09:30",
        from_timezone: "America/New_York",
        to_timezone: "Asia/Tokyo",
      },
      result: {
        source: "2024-03-15T09:30:00-04:00",
        converted: "2024-03-15T22:30:00+09:00",
        utc: "2024-03-15T13:30:00Z",
        difference_hours: 13,
      },
    },
    {
      arguments: {
        date_time: "2024-01-10T18:00:00",
        from_timezone: "Europe/London",
        to_timezone: "Asia/Kolkata",
      },
      result: {
        source: "2024-01-10T18:00:00+00:00",
        converted: "2024-01-10T23:30:00+05:30",
        utc: "2024-01-10T18:00:00Z",
        difference_hours: 5.5,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { date_time: "2024-03-15T09:30", from_timezone: "Mars/Olympus", to_timezone: "UTC" },
      error: "unknown time zone 'Mars/Olympus'",
    },
    {
      arguments: { date_time: "2024-03-15 9:30am", from_timezone: "UTC", to_timezone: "UTC" },
      error: "$.date_time must match pattern",
    },
  ],
  run: ({ date_time, from_timezone, to_timezone }) => {
    checkTimeZone(from_timezone, "from_timezone");
    checkTimeZone(to_timezone, "to_timezone");
    const instant = zonedToUtc(date_time, from_timezone);
    return {
      source: formatZonedDateTime(instant, from_timezone),
      converted: formatZonedDateTime(instant, to_timezone),
      utc: formatUtcInstant(instant, { milliseconds: "never" }),
      difference_hours:
        (zonedDateTime(instant, to_timezone).offsetMinutes -
          zonedDateTime(instant, from_timezone).offsetMinutes) /
        60,
    };
  },
});
