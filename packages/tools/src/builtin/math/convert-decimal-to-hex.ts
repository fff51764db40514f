import { defineTool } from "../define-tool.js";

/** An integer in hexadecimal (BFCL's `convert_decimal_to_hex`). */
export const convertDecimalToHex = defineTool<{ decimal: number }>({
  name: "convert_decimal_to_hex",
  description:
    "Converts a decimal integer to a hexadecimal string in lower case without a 0x prefix (255 gives 'ff', -26 gives '-1a').",
  category: "Math",
  parameters: {
    type: "object",
    properties: { decimal: { type: "integer", description: "The decimal number to convert." } },
    required: ["decimal"],
    additionalProperties: false,
  },
  returns: { type: "string", pattern: "^-?[0-9a-f]+$" },
  examples: [
    { arguments: { decimal: 31 }, result: "1f" },
    { arguments: { decimal: -26 }, result: "-1a" },
  ],
  invalidExamples: [
    { arguments: { decimal: 2.5 }, error: "$.decimal must be integer" },
    { arguments: { decimal: "31" }, error: "$.decimal must be integer" },
  ],
  run: ({ decimal }) => decimal.toString(16),
});
