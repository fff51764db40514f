import { defineTool } from "../define-tool.js";

/** A binary number's value (BFCL's `convert_binary_to_decimal`). */
export const convertBinaryToDecimal = defineTool<{ binary: string }>({
  name: "convert_binary_to_decimal",
  description:
    "Converts a binary number, a string of up to 53 0s and 1s, to its decimal value as an integer.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      binary: {
        type: "string",
        pattern: "^[01]{1,53}$",
        description: "The binary number to convert, e.g. '11111'.",
      },
    },
    required: ["binary"],
    additionalProperties: false,
  },
  returns: { type: "integer", minimum: 0 },
  examples: [
    { arguments: { binary: "11111" }, result: 31 },
    { arguments: { binary: "0" }, result: 0 },
  ],
  invalidExamples: [
    { arguments: { binary: "0b101" }, error: "$.binary must match pattern" },
    { arguments: { binary: 101 }, error: "$.binary must be string" },
  ],
  run: ({ binary }) => Number.parseInt(binary, 2),
});
