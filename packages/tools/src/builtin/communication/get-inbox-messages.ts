import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { formatUtcInstant } from "../shared/format-utc-instant.js";
import { mailTemplates as templates } from "./data/mail-templates.js";

/** Recent messages of a mailbox folder. */
export const getInboxMessages = defineTool<{
  as_of: string;
  folder?: string;
  unread_only?: boolean;
  limit?: number;
}>({
  name: "get_inbox_messages",
  description:
    "List the most recent email messages in a mailbox folder up to a given moment, newest first, optionally only unread ones. Returns each message's id, sender name and address, subject, snippet, received time (UTC), unread flag and whether it has attachments.",
  category: "Communication",
  parameters: {
    type: "object",
    properties: {
      as_of: {
        type: "string",
        format: "date-time",
        description: "List messages received up to this moment (ISO 8601, e.g. '2024-05-20T18:00:00Z').",
      },
      folder: {
        type: "string",
        enum: ["inbox", "archive", "spam"],
        default: "inbox",
        description: "Mailbox folder.",
      },
      unread_only: { type: "boolean", default: false, description: "Only unread messages." },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 25,
        default: 5,
        description: "Maximum number of messages.",
      },
    },
    required: ["as_of"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      folder: { type: "string" },
      messages: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" },
            from_name: { type: "string" },
            from_address: { type: "string", format: "email" },
            subject: { type: "string" },
            snippet: { type: "string" },
            received_at: { type: "string", format: "date-time" },
            unread: { type: "boolean" },
            has_attachments: { type: "boolean" },
          },
          required: [
            "id",
            "from_name",
            "from_address",
            "subject",
            "snippet",
            "received_at",
            "unread",
            "has_attachments",
          ],
          additionalProperties: false,
        },
      },
    },
    required: ["folder", "messages"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "A synthetic mailbox: 8 kinds of message from 8 senders; messages are generated backwards from as_of, deterministic for the same folder, as_of and seed (unread_only and limit only filter the list).",
  },
  examples: [
    {
      arguments: { as_of: "2024-05-20T18:00:00Z", limit: 3 },
      result: {
        folder: "inbox",
        messages: [
          {
            id: "msg_lwf1l5k0",
            from_name: "Aiko Tanaka",
            from_address: "aiko.tanaka@example.jp",
            subject: "Meeting notes from today",
            snippet: "Attached are the notes and action items from this morning's call.",
            received_at: "2024-05-20T14:09:00Z",
            unread: true,
            has_attachments: true,
          },
          {
            id: "msg_lwevrj9c",
            from_name: "GitHub",
            from_address: "notifications@github.example",
            subject: "[webapp] Review requested on pull request #38762",
            snippet: "You were asked to review a pull request with 12 changed files.",
            received_at: "2024-05-20T11:26:00Z",
            unread: true,
            has_attachments: false,
          },
          {
            id: "msg_lwelvb6o",
            from_name: "Aiko Tanaka",
            from_address: "aiko.tanaka@example.jp",
            subject: "Meeting notes from today",
            snippet: "Attached are the notes and action items from this morning's call.",
            received_at: "2024-05-20T06:49:00Z",
            unread: false,
            has_attachments: false,
          },
        ],
      },
    },
    {
      arguments: { as_of: "2024-05-20T18:00:00Z", unread_only: true, limit: 2 },
      result: {
        folder: "inbox",
        messages: [
          {
            id: "msg_lwf1l5k0",
            from_name: "Aiko Tanaka",
            from_address: "aiko.tanaka@example.jp",
            subject: "Meeting notes from today",
            snippet: "Attached are the notes and action items from this morning's call.",
            received_at: "2024-05-20T14:09:00Z",
            unread: true,
            has_attachments: true,
          },
          {
            id: "msg_lwevrj9c",
            from_name: "GitHub",
            from_address: "notifications@github.example",
            subject: "[webapp] Review requested on pull request #38762",
            snippet: "You were asked to review a pull request with 12 changed files.",
            received_at: "2024-05-20T11:26:00Z",
            unread: true,
            has_attachments: false,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { as_of: "1999-12-31T23:00:00Z" }, error: "the mailbox holds messages from 2015 on" },
    { arguments: { as_of: "2024-05-20", folder: "inbox" }, error: '$.as_of must match format "date-time"' },
  ],
  run: ({ as_of, folder = "inbox", unread_only = false, limit = 5 }, { randomFor }) => {
    let time = Date.parse(as_of);
    if (time < Date.parse("2015-01-01T00:00:00Z")) {
      throw new ToolArgumentError({
        message: `no messages before ${as_of}: the mailbox holds messages from 2015 on`,
        argument: "as_of",
      });
    }
    const random = randomFor(folder, time);
    const messages = [];
    for (let index = 0; messages.length < limit && index < 200; index += 1) {
      time -= random.int(10, 600) * 60_000;
      const [name, address, subjectTemplate, snippetTemplate] = random.pick(templates);
      const unread = random.next() < Math.max(0.15, 0.8 - index * 0.1);
      const fill = (text: string) =>
        text
          .replace("{n}", String(random.int(10000, 99999)))
          .replace("{code}", random.sample([..."ABCDEFGHJKLMNPQRSTUVWXYZ23456789"], 6).join(""));
      const message = {
        id: `msg_${time.toString(36)}`,
        from_name: folder === "spam" ? "Prize Center" : name,
        from_address: folder === "spam" ? "winner@prizes.example" : address,
        subject: folder === "spam" ? "You have been selected!!!" : fill(subjectTemplate),
        snippet:
          folder === "spam" ? "Claim your reward now by confirming your details." : fill(snippetTemplate),
        received_at: formatUtcInstant(time),
        unread: folder === "archive" ? false : unread,
        has_attachments: random.next() < 0.25,
      };
      if (!unread_only || message.unread) {
        messages.push(message);
      }
    }
    return { folder, messages };
  },
});
