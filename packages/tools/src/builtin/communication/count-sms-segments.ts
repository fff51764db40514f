import { defineTool } from "../define-tool.js";
import { encodeSms } from "./sms-encoding.js";

/** How an SMS will be encoded and billed. */
export const countSmsSegments = defineTool<{ message: string }>({
  name: "count_sms_segments",
  description:
    "Work out how a text message will be sent: GSM-7 encoding when every character is in the GSM 03.38 alphabet (extension characters such as € [ ] { } count double), otherwise UCS-2; then how many segments it takes (GSM-7: 160 per single message, 153 per part; UCS-2: 70 and 67). Returns the encoding, units used, segment count and the characters that forced UCS-2.",
  category: "Communication",
  parameters: {
    type: "object",
    properties: {
      message: {
        type: "string",
        maxLength: 5000,
        description: "The message text exactly as it will be sent.",
      },
    },
    required: ["message"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      encoding: { type: "string", enum: ["GSM-7", "UCS-2"] },
      characters: { type: "integer", minimum: 0 },
      units: { type: "integer", minimum: 0 },
      segments: { type: "integer", minimum: 0 },
      per_segment: { type: "integer" },
      remaining_in_last_segment: { type: "integer", minimum: 0 },
      non_gsm_characters: { type: "array", items: { type: "string" } },
    },
    required: [
      "encoding",
      "characters",
      "units",
      "segments",
      "per_segment",
      "remaining_in_last_segment",
      "non_gsm_characters",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { message: "Your code is 482913. It expires in 10 minutes." },
      result: {
        encoding: "GSM-7",
        characters: 46,
        units: 46,
        segments: 1,
        per_segment: 160,
        remaining_in_last_segment: 114,
        non_gsm_characters: [],
      },
    },
    {
      arguments: { message: "Price: €5 [promo]" },
      result: {
        encoding: "GSM-7",
        characters: 17,
        units: 20,
        segments: 1,
        per_segment: 160,
        remaining_in_last_segment: 140,
        non_gsm_characters: [],
      },
    },
    {
      arguments: { message: "See you at 8 🙂" },
      result: {
        encoding: "UCS-2",
        characters: 14,
        units: 15,
        segments: 1,
        per_segment: 70,
        remaining_in_last_segment: 55,
        non_gsm_characters: ["🙂"],
      },
    },
    {
      arguments: { message: "x".repeat(161) },
      result: {
        encoding: "GSM-7",
        characters: 161,
        units: 161,
        segments: 2,
        per_segment: 153,
        remaining_in_last_segment: 145,
        non_gsm_characters: [],
      },
    },
  ],
  invalidExamples: [
    { arguments: {}, error: "missing required argument 'message'" },
    { arguments: { message: 42 }, error: "$.message must be string" },
  ],
  run: ({ message }) => {
    const encoded = encodeSms(message);
    return {
      encoding: encoded.encoding,
      characters: encoded.characters,
      units: encoded.units,
      segments: encoded.segments,
      per_segment: encoded.per_segment,
      remaining_in_last_segment: encoded.per_segment - encoded.last_used,
      non_gsm_characters: encoded.non_gsm_characters,
    };
  },
});
