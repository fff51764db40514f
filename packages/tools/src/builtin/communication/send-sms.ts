import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { randomHex } from "../shared/random-hex.js";
import { encodeSms } from "./sms-encoding.js";

/** Sends a text message through the SMS gateway. */
export const sendSms = defineTool<{ to: string; message: string; sender_id?: string }>({
  name: "send_sms",
  description:
    "Send a text message to a mobile number in E.164 format, optionally from an alphanumeric sender ID. Returns the message SID, the queued status, the encoding (GSM-7 or UCS-2) and the number of billable segments; messages over 10 segments are refused.",
  category: "Communication",
  parameters: {
    type: "object",
    properties: {
      to: {
        type: "string",
        pattern: "^\\+[1-9][0-9]{7,14}$",
        description: "Recipient in E.164 format, e.g. '+447700900123'.",
      },
      message: { type: "string", minLength: 1, maxLength: 1600, description: "Message text." },
      sender_id: {
        type: "string",
        pattern: "^[A-Za-z0-9 ]{1,11}$",
        default: "INFO",
        description:
          "Alphanumeric sender ID shown to the recipient (up to 11 characters, must contain a letter).",
      },
    },
    required: ["to", "message"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      sid: { type: "string", pattern: "^SM[0-9a-f]{32}$" },
      status: { type: "string", enum: ["queued"] },
      to: { type: "string" },
      sender_id: { type: "string" },
      encoding: { type: "string", enum: ["GSM-7", "UCS-2"] },
      segments: { type: "integer", minimum: 1, maximum: 10 },
    },
    required: ["sid", "status", "to", "sender_id", "encoding", "segments"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "A simulated SMS gateway: nothing is delivered; SIDs come from the seeded random stream, deterministic for the same arguments and seed.",
  },
  examples: [
    {
      arguments: { to: "+447700900123", message: "Your table for 2 is booked for 19:30 tonight." },
      result: {
        sid: "SMba9cc0f01a17068051c82a9e13282806",
        status: "queued",
        to: "+447700900123",
        sender_id: "INFO",
        encoding: "GSM-7",
        segments: 1,
      },
    },
    {
      arguments: { to: "+14155552671", message: "Ça marche, à demain ! 👍", sender_id: "Bistro" },
      result: {
        sid: "SMf237102dfb966f6528438dd266249789",
        status: "queued",
        to: "+14155552671",
        sender_id: "Bistro",
        encoding: "UCS-2",
        segments: 1,
      },
    },
  ],
  invalidExamples: [
    { arguments: { to: "07700900123", message: "Hi" }, error: "$.to must match pattern" },
    {
      arguments: { to: "+447700900123", message: "Hi", sender_id: "12345" },
      error: "sender_id '12345' must contain at least one letter",
    },
    {
      arguments: { to: "+447700900123", message: "🙂".repeat(400) },
      error: "would need 13 segments; the limit is 10",
    },
  ],
  run: ({ to, message, sender_id = "INFO" }, { random }) => {
    if (!/[A-Za-z]/.test(sender_id)) {
      throw new ToolArgumentError({
        message: `sender_id '${sender_id}' must contain at least one letter: all-digit IDs are treated as phone numbers by carriers`,
        argument: "sender_id",
      });
    }
    const encoded = encodeSms(message);
    if (encoded.segments > 10) {
      throw new ToolArgumentError({
        message: `the message would need ${encoded.segments} segments; the limit is 10 (shorten it${encoded.encoding === "UCS-2" ? " or avoid emoji and non-GSM characters" : ""})`,
        argument: "message",
      });
    }
    const sid = `SM${randomHex(random, 32)}`;
    return { sid, status: "queued", to, sender_id, encoding: encoded.encoding, segments: encoded.segments };
  },
});
