import { Buffer } from "node:buffer";
import { defineTool } from "../define-tool.js";

/** Base64-encodes UTF-8 text. */
export const encodeBase64 = defineTool<{ text: string; url_safe?: boolean; pad?: boolean }>({
  name: "encode_base64",
  description:
    "Encode UTF-8 text as Base64 (RFC 4648), in the standard alphabet or the URL-safe one (- and _ instead of + and /), with or without = padding. Returns the encoded string and the byte lengths.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      text: { type: "string", maxLength: 100000, description: "Text to encode (encoded as UTF-8 first)." },
      url_safe: { type: "boolean", default: false, description: "Use the URL- and filename-safe alphabet." },
      pad: { type: "boolean", default: true, description: "Append = padding to a multiple of 4 characters." },
    },
    required: ["text"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      encoded: { type: "string" },
      input_bytes: { type: "integer" },
      output_length: { type: "integer" },
    },
    required: ["encoded", "input_bytes", "output_length"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { text: "Hello, World!" },
      result: { encoded: "SGVsbG8sIFdvcmxkIQ==", input_bytes: 13, output_length: 20 },
    },
    {
      arguments: { text: "héllo?>", url_safe: true, pad: false },
      result: { encoded: "aMOpbGxvPz4", input_bytes: 8, output_length: 11 },
    },
  ],
  invalidExamples: [
    { arguments: { text: 42 }, error: "$.text must be string" },
    { arguments: { text: "a", padding: false }, error: "unknown argument 'padding'" },
  ],
  run: ({ text, url_safe = false, pad = true }) => {
    const bytes = Buffer.from(text, "utf8");
    let encoded = bytes.toString("base64");
    if (url_safe) {
      encoded = encoded.replaceAll("+", "-").replaceAll("/", "_");
    }
    if (!pad) {
      encoded = encoded.replace(/=+$/, "");
    }
    return { encoded, input_bytes: bytes.length, output_length: encoded.length };
  },
});
