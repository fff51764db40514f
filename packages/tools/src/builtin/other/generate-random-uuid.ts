import { defineTool } from "../define-tool.js";

/** Random (version 4) UUIDs from the seeded stream. */
export const generateRandomUuid = defineTool<{ count?: number; uppercase?: boolean; hyphens?: boolean }>({
  name: "generate_random_uuid",
  description:
    "Generate random version 4 UUIDs (RFC 9562: 122 random bits, version nibble 4, variant bits 10). Returns the list of UUIDs; reproducible for the same seed and arguments, so not for security use.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      count: {
        type: "integer",
        minimum: 1,
        maximum: 100,
        default: 1,
        description: "How many UUIDs to generate. Default 1.",
      },
      uppercase: {
        type: "boolean",
        default: false,
        description: "Use upper-case hex digits. Default false.",
      },
      hyphens: {
        type: "boolean",
        default: true,
        description: "Use the canonical 8-4-4-4-12 hyphenated form. Default true.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      uuids: {
        type: "array",
        minItems: 1,
        items: {
          type: "string",
          pattern:
            "^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?4[0-9a-fA-F]{3}-?[89abAB][0-9a-fA-F]{3}-?[0-9a-fA-F]{12}$",
        },
      },
    },
    required: ["uuids"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { count: 2 },
      result: { uuids: ["25fe50f4-3946-4c21-9cb0-3229c1c1ebd0", "d0ef108e-809d-4281-a7e5-6bcdc1ff464c"] },
    },
  ],
  invalidExamples: [
    { arguments: { count: 101 }, error: "$.count must be <= 100" },
    { arguments: { version: 4 }, error: "unknown argument 'version'" },
  ],
  run: ({ count = 1, uppercase = false, hyphens = true }, { random }) => {
    const uuids = Array.from({ length: count }, () => {
      const bytes = Array.from({ length: 16 }, () => random.int(0, 255));
      bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
      bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
      const hex = bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");
      const text = hyphens
        ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
        : hex;
      return uppercase ? text.toUpperCase() : text;
    });
    return { uuids };
  },
});
