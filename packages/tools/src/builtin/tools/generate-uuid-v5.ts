import { createHash } from "node:crypto";
import { defineTool } from "../define-tool.js";

const namespaces: Record<string, string> = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
};

/** Name-based UUID version 5 (SHA-1), RFC 9562. */
export const generateUuidV5 = defineTool<{ name: string; namespace?: string }>({
  name: "generate_uuid_v5",
  description:
    "Generate a name-based UUID version 5 (SHA-1, RFC 9562) from a namespace and a name: the same inputs always give the same UUID. Returns the lowercase UUID and the namespace UUID used.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      name: {
        type: "string",
        minLength: 1,
        maxLength: 1000,
        description: "The name to hash, e.g. 'example.com' or a URL.",
      },
      namespace: {
        type: "string",
        pattern:
          "^(dns|url|oid|x500|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
        default: "dns",
        description:
          "A standard namespace ('dns', 'url', 'oid', 'x500') or any UUID as a custom namespace. Default 'dns'.",
      },
    },
    required: ["name"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      uuid: { type: "string", format: "uuid" },
      namespace_uuid: { type: "string", format: "uuid" },
      version: { type: "integer", enum: [5] },
    },
    required: ["uuid", "namespace_uuid", "version"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { name: "python.org" },
      result: {
        uuid: "886313e1-3b8a-5372-9b90-0c9aee199e5d",
        namespace_uuid: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
        version: 5,
      },
    },
    {
      arguments: { name: "https://example.com/", namespace: "url" },
      result: {
        uuid: "dd2c1780-811a-5296-81c5-178a0ef488bc",
        namespace_uuid: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
        version: 5,
      },
    },
  ],
  invalidExamples: [
    { arguments: { name: "example.com", namespace: "email" }, error: "$.namespace must match pattern" },
    { arguments: { namespace: "dns" }, error: "missing required argument 'name'" },
  ],
  run: ({ name, namespace = "dns" }) => {
    const namespaceUuid = (namespaces[namespace] ?? namespace).toLowerCase();
    const hash = createHash("sha1")
      .update(Buffer.from(namespaceUuid.replace(/-/g, ""), "hex"))
      .update(Buffer.from(name, "utf8"))
      .digest();
    const bytes = hash.subarray(0, 16);
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.toString("hex");
    const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    return { uuid, namespace_uuid: namespaceUuid, version: 5 };
  },
});
