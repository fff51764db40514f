import { type JsonValue, safeParseJson } from "@apigen/core";
import type { ContentBlock } from "@modelcontextprotocol/sdk/types.js";

/** Embedded text resources up to this many characters are kept inline. */
const inlineTextLimit = 4096;

/**
 * The output of MCP content blocks: text is parsed as JSON where it is JSON and kept as a string otherwise;
 * images, audio and resources become a short description (type, MIME type, size in bytes, URI), never their
 * base64 data. One block gives its value, several give an array, none give `null`.
 *
 * @example
 * mcpContentToOutput([{ type: "text", text: '{"sum": 5}' }]) // { sum: 5 }
 */
export function mcpContentToOutput(content: readonly ContentBlock[]): JsonValue {
  const values = content.map(blockToValue);
  return values.length === 0 ? null : values.length === 1 ? (values[0] ?? null) : values;
}

/** The text of a tool's content, for error messages. */
export function mcpContentText(content: readonly ContentBlock[]): string {
  return content
    .filter((block) => block.type === "text")
    .map((block) => block.text)
    .join("\n")
    .trim();
}

function blockToValue(block: ContentBlock): JsonValue {
  switch (block.type) {
    case "text": {
      const parsed = safeParseJson({ text: block.text });
      return parsed.success ? parsed.value : block.text;
    }
    case "image":
    case "audio":
      return { type: block.type, mimeType: block.mimeType, bytes: base64Bytes(block.data) };
    case "resource": {
      const { resource } = block;
      const description: Record<string, JsonValue> = { type: "resource", uri: resource.uri };
      if (resource.mimeType !== undefined) {
        description.mimeType = resource.mimeType;
      }
      if ("text" in resource && typeof resource.text === "string") {
        description.bytes = Buffer.byteLength(resource.text);
        if (resource.text.length <= inlineTextLimit) {
          description.text = resource.text;
        }
      } else if ("blob" in resource && typeof resource.blob === "string") {
        description.bytes = base64Bytes(resource.blob);
      }
      return description;
    }
    case "resource_link": {
      const description: Record<string, JsonValue> = {
        type: "resource_link",
        uri: block.uri,
        name: block.name,
      };
      if (block.mimeType !== undefined) {
        description.mimeType = block.mimeType;
      }
      return description;
    }
    default:
      return { type: String((block as { type: unknown }).type) };
  }
}

function base64Bytes(data: string): number {
  const clean = data.replace(/\s+/g, "");
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}
