import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { formatUtcInstant } from "../shared/format-utc-instant.js";
import { randomHex } from "../shared/random-hex.js";

interface Args {
  to: string[];
  cc?: string[];
  subject: string;
  body: string;
  send_at?: string;
  priority?: "low" | "normal" | "high";
}

const emailList = (description: string, minItems: number) => ({
  type: "array",
  items: { type: "string", format: "email" },
  minItems,
  maxItems: 50,
  uniqueItems: true,
  description,
});

/** Sends or schedules an email through the outbox. */
export const sendEmail = defineTool<Args>({
  name: "send_email",
  description:
    "Send an email, or schedule it for later, to one or more recipients with optional CC. Returns the message id, whether it was sent or scheduled (and when), the number of recipients and the message size in bytes.",
  category: "Communication",
  parameters: {
    type: "object",
    properties: {
      to: emailList("Primary recipients' addresses.", 1),
      cc: emailList("Carbon-copy recipients' addresses.", 0),
      subject: { type: "string", minLength: 1, maxLength: 200, description: "Subject line." },
      body: { type: "string", minLength: 1, maxLength: 20000, description: "Plain-text body." },
      send_at: {
        type: "string",
        format: "date-time",
        description: "When to send, ISO 8601 with offset (e.g. '2024-07-01T09:00:00Z'); omit to send now.",
      },
      priority: {
        type: "string",
        enum: ["low", "normal", "high"],
        default: "normal",
        description: "Importance header of the message.",
      },
    },
    required: ["to", "subject", "body"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      message_id: { type: "string" },
      status: { type: "string", enum: ["sent", "scheduled"] },
      scheduled_for: { type: ["string", "null"], format: "date-time" },
      recipients: { type: "integer", minimum: 1 },
      priority: { type: "string" },
      size_bytes: { type: "integer", minimum: 1 },
    },
    required: ["message_id", "status", "scheduled_for", "recipients", "priority", "size_bytes"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "A simulated outbox: nothing is delivered; message ids come from the seeded random stream, deterministic for the same arguments and seed.",
  },
  examples: [
    {
      arguments: {
        to: ["maria.lopez@example.com"],
        subject: "Quarterly report",
        body: "Hi Maria,\n\nThe Q2 report is attached.\n\nBest,\nSam",
      },
      result: {
        message_id: "<58c4e977737d4ecc@mail.example.net>",
        status: "sent",
        scheduled_for: null,
        recipients: 1,
        priority: "normal",
        size_bytes: 112,
      },
    },
    {
      arguments: {
        to: ["team@example.org"],
        cc: ["lead@example.org"],
        subject: "Stand-up moved",
        body: "Tomorrow's stand-up starts at 10:00.",
        send_at: "2024-07-01T08:30:00Z",
        priority: "high",
      },
      result: {
        message_id: "<9b30008ed3f69f14@mail.example.net>",
        status: "scheduled",
        scheduled_for: "2024-07-01T08:30:00Z",
        recipients: 2,
        priority: "high",
        size_bytes: 107,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { to: ["not-an-address"], subject: "Hi", body: "Hello" },
      error: '$.to[0] must match format "email"',
    },
    {
      arguments: { to: ["a@example.com"], cc: ["a@example.com"], subject: "Hi", body: "Hello" },
      error: "a@example.com is in both to and cc",
    },
  ],
  run: ({ to, cc = [], subject, body, send_at, priority = "normal" }, { random }) => {
    const primary = new Set(to.map((address) => address.toLowerCase()));
    const twice = cc.find((address) => primary.has(address.toLowerCase()));
    if (twice !== undefined) {
      throw new ToolArgumentError({
        message: `${twice} is in both to and cc: list each recipient once`,
        argument: "cc",
      });
    }
    const hex = randomHex(random, 16);
    const size = new TextEncoder().encode(
      `To: ${to.join(", ")}\r\nCc: ${cc.join(", ")}\r\nSubject: ${subject}\r\n\r\n${body}`,
    ).length;
    return {
      message_id: `<${hex}@mail.example.net>`,
      status: send_at === undefined ? "sent" : "scheduled",
      scheduled_for: send_at === undefined ? null : formatUtcInstant(Date.parse(send_at)),
      recipients: to.length + cc.length,
      priority,
      size_bytes: size,
    };
  },
});
