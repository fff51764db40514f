import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { formatUtcInstant } from "../shared/format-utc-instant.js";

interface Args {
  title: string;
  start: string;
  duration_minutes: number;
  organizer_email: string;
  attendees: string[];
  location?: string;
  description?: string;
}

const escapeText = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
const stamp = (time: number) =>
  new Date(time)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
/** Folds a content line to 75 characters with CRLF + space continuation (RFC 5545 section 3.1). */
const fold = (line: string) => line.match(/.{1,74}/gu)?.join("\r\n ") ?? line;

/** An iCalendar (.ics) meeting invitation. */
export const generateCalendarInvite = defineTool<Args>({
  name: "generate_calendar_invite",
  description:
    "Create an iCalendar (RFC 5545 .ics) meeting invitation with organizer and attendees that email clients can import. Returns the .ics text (times in UTC, DTSTAMP equal to the start), the event UID, and the start and end in ISO 8601 UTC.",
  category: "Communication",
  parameters: {
    type: "object",
    properties: {
      title: { type: "string", minLength: 1, maxLength: 200, description: "Event summary." },
      start: {
        type: "string",
        format: "date-time",
        description: "Start time with offset, e.g. '2024-09-03T15:00:00+02:00'.",
      },
      duration_minutes: { type: "integer", minimum: 5, maximum: 1440, description: "Length in minutes." },
      organizer_email: { type: "string", format: "email", description: "Organizer's address." },
      attendees: {
        type: "array",
        items: { type: "string", format: "email" },
        minItems: 1,
        maxItems: 100,
        uniqueItems: true,
        description: "Invitees' addresses.",
      },
      location: { type: "string", maxLength: 200, description: "Room, address or meeting link." },
      description: { type: "string", maxLength: 5000, description: "Agenda or notes." },
    },
    required: ["title", "start", "duration_minutes", "organizer_email", "attendees"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      uid: { type: "string" },
      start_utc: { type: "string", format: "date-time" },
      end_utc: { type: "string", format: "date-time" },
      ics: { type: "string" },
    },
    required: ["uid", "start_utc", "end_utc", "ics"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "Event UIDs come from the seeded random stream, deterministic for the same arguments and seed; the .ics text is built for real.",
  },
  examples: [
    {
      arguments: {
        title: "Design review",
        start: "2024-09-03T15:00:00+02:00",
        duration_minutes: 45,
        organizer_email: "lea@example.com",
        attendees: ["omar@example.com", "yuki@example.com"],
        location: "Room 4.2",
      },
      result: {
        uid: "97c1-b895-d78d-e43a@calendar.example.net",
        start_utc: "2024-09-03T13:00:00Z",
        end_utc: "2024-09-03T13:45:00Z",
        ics: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//apigen//builtin calendar//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:97c1-b895-d78d-e43a@calendar.example.net\r\nDTSTAMP:20240903T130000Z\r\nDTSTART:20240903T130000Z\r\nDTEND:20240903T134500Z\r\nSUMMARY:Design review\r\nLOCATION:Room 4.2\r\nORGANIZER:mailto:lea@example.com\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:omar@\r\n example.com\r\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:yuki@\r\n example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        title: "Sync",
        start: "2024-09-03T15:00:00Z",
        duration_minutes: 30,
        organizer_email: "lea@example.com",
        attendees: ["lea@example.com"],
      },
      error: "the organizer lea@example.com is also listed as an attendee",
    },
    {
      arguments: {
        title: "Sync",
        start: "2024-09-03 15:00",
        duration_minutes: 30,
        organizer_email: "lea@example.com",
        attendees: ["a@example.com"],
      },
      error: '$.start must match format "date-time"',
    },
  ],
  run: (
    { title, start, duration_minutes, organizer_email, attendees, location, description },
    { random },
  ) => {
    if (attendees.some((address) => address.toLowerCase() === organizer_email.toLowerCase())) {
      throw new ToolArgumentError({
        message: `the organizer ${organizer_email} is also listed as an attendee: list only the invitees`,
        argument: "attendees",
      });
    }
    const begin = Date.parse(start);
    const end = begin + duration_minutes * 60_000;
    const uid = `${Array.from({ length: 4 }, () => random.int(0, 0xffff).toString(16).padStart(4, "0")).join("-")}@calendar.example.net`;
    const lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//apigen//builtin calendar//EN",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      `UID:${uid}`,
      `DTSTAMP:${stamp(begin)}`,
      `DTSTART:${stamp(begin)}`,
      `DTEND:${stamp(end)}`,
      `SUMMARY:${escapeText(title)}`,
      ...(location === undefined ? [] : [`LOCATION:${escapeText(location)}`]),
      ...(description === undefined ? [] : [`DESCRIPTION:${escapeText(description)}`]),
      `ORGANIZER:mailto:${organizer_email}`,
      ...attendees.map(
        (address) => `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${address}`,
      ),
      "END:VEVENT",
      "END:VCALENDAR",
    ];
    return {
      uid,
      start_utc: formatUtcInstant(begin),
      end_utc: formatUtcInstant(end),
      ics: `${lines.map(fold).join("\r\n")}\r\n`,
    };
  },
});
