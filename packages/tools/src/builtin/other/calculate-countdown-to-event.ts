import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

/** Time left between now and an event, broken down. */
export const calculateCountdownToEvent = defineTool<{
  from_datetime: string;
  event_datetime: string;
  event_name?: string;
}>({
  name: "calculate_countdown_to_event",
  description:
    "Count down from a moment to an event (a wedding, a launch, New Year). Returns the time left broken into days, hours, minutes and seconds, the totals in hours and whole weeks, and a human-readable sentence. Both moments are ISO 8601 date-times with a time zone.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      from_datetime: {
        type: "string",
        format: "date-time",
        description: "The current moment, e.g. '2025-06-01T09:00:00Z'.",
      },
      event_datetime: {
        type: "string",
        format: "date-time",
        description: "When the event starts, e.g. '2025-12-31T23:59:59+01:00'.",
      },
      event_name: {
        type: "string",
        minLength: 1,
        maxLength: 100,
        default: "the event",
        description: "Name used in the summary. Default 'the event'.",
      },
    },
    required: ["from_datetime", "event_datetime"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      days: { type: "integer", minimum: 0 },
      hours: { type: "integer", minimum: 0, maximum: 23 },
      minutes: { type: "integer", minimum: 0, maximum: 59 },
      seconds: { type: "integer", minimum: 0, maximum: 59 },
      total_hours: { type: "number", minimum: 0 },
      whole_weeks: { type: "integer", minimum: 0 },
      summary: { type: "string" },
    },
    required: ["days", "hours", "minutes", "seconds", "total_hours", "whole_weeks", "summary"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        from_datetime: "2025-06-01T09:00:00Z",
        event_datetime: "2025-06-20T17:30:15Z",
        event_name: "the wedding",
      },
      result: {
        days: 19,
        hours: 8,
        minutes: 30,
        seconds: 15,
        total_hours: 464.5,
        whole_weeks: 2,
        summary: "19 days, 8 hours, 30 minutes and 15 seconds until the wedding",
      },
    },
    {
      arguments: { from_datetime: "2025-12-31T08:00:00-05:00", event_datetime: "2026-01-01T00:00:00+01:00" },
      result: {
        days: 0,
        hours: 10,
        minutes: 0,
        seconds: 0,
        total_hours: 10,
        whole_weeks: 0,
        summary: "0 days, 10 hours, 0 minutes and 0 seconds until the event",
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { from_datetime: "2025-06-20T00:00:00Z", event_datetime: "2025-06-01T00:00:00Z" },
      error: "event_datetime is before from_datetime",
    },
    {
      arguments: { from_datetime: "2025-06-01", event_datetime: "2025-06-20T00:00:00Z" },
      error: '$.from_datetime must match format "date-time"',
    },
  ],
  run: ({ from_datetime, event_datetime, event_name = "the event" }) => {
    const ms = Date.parse(event_datetime) - Date.parse(from_datetime);
    if (ms < 0) {
      throw new ToolArgumentError({
        message: `event_datetime is before from_datetime: ${event_name} has already started`,
        argument: "event_datetime",
      });
    }
    const total = Math.floor(ms / 1000);
    const days = Math.floor(total / 86400);
    const hours = Math.floor((total % 86400) / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    return {
      days,
      hours,
      minutes,
      seconds,
      total_hours: roundTo(total / 3600, 2),
      whole_weeks: Math.floor(days / 7),
      summary: `${days} days, ${hours} hours, ${minutes} minutes and ${seconds} seconds until ${event_name}`,
    };
  },
});
