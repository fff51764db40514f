import { Buffer } from "node:buffer";
import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

/** Decodes Base64 (standard or URL-safe) to UTF-8 text. */
export const decodeBase64 = defineTool<{ encoded: string }>({
  name: "decode_base64",
  description:
    "Decode a Base64 string (standard or URL-safe alphabet, padding optional, whitespace ignored) to UTF-8 text. Returns the decoded text and its byte length; fails when the input is not Base64 or the bytes are not valid UTF-8.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      encoded: {
        type: "string",
        minLength: 1,
        maxLength: 150000,
        description: "The Base64 string, e.g. SGVsbG8=.",
      },
    },
    required: ["encoded"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { text: { type: "string" }, byte_length: { type: "integer" } },
    required: ["text", "byte_length"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { encoded: "SGVsbG8sIFdvcmxkIQ==" }, result: { text: "Hello, World!", byte_length: 13 } },
    { arguments: { encoded: "aMOpbGxvPz4" }, result: { text: "héllo?>", byte_length: 8 } },
  ],
  invalidExamples: [
    { arguments: { encoded: "abc$%" }, error: "not valid Base64" },
    { arguments: { encoded: "//79" }, error: "not valid UTF-8" },
    { arguments: { encoded: "" }, error: "$.encoded must NOT have fewer than 1 characters" },
  ],
  run: ({ encoded }) => {
    const compact = encoded.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(compact) || compact.replace(/=+$/, "").length % 4 === 1) {
      throw new ToolArgumentError({
        message:
          "encoded is not valid Base64: use only A-Z, a-z, 0-9, + and / (or - and _) with at most two = at the end",
        argument: "encoded",
      });
    }
    const bytes = Buffer.from(compact.replaceAll("-", "+").replaceAll("_", "/"), "base64");
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new ToolArgumentError({
        message: "the decoded bytes are not valid UTF-8 text (the data is binary)",
        argument: "encoded",
      });
    }
    return { text, byte_length: bytes.length };
  },
});
