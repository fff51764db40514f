import { defineTool } from "../define-tool.js";

const binary = (description: string) => ({
  type: "string" as const,
  pattern: "^[01]{1,256}$",
  description,
});

/** The sum of two binary numbers, in binary (BFCL's `add_binary_numbers`). */
export const addBinaryNumbers = defineTool<{ a: string; b: string }>({
  name: "add_binary_numbers",
  description:
    "Adds two binary numbers given as strings of 0s and 1s (leading zeros allowed) and returns the sum in binary without leading zeros, e.g. '0011' + '1100' = '1111'.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      a: binary("The first binary number, e.g. '1011'."),
      b: binary("The second binary number."),
    },
    required: ["a", "b"],
    additionalProperties: false,
  },
  returns: { type: "string", pattern: "^[01]+$" },
  examples: [
    { arguments: { a: "0011", b: "1100" }, result: "1111" },
    { arguments: { a: "10011", b: "1100" }, result: "11111" },
    { arguments: { a: "1", b: "1" }, result: "10" },
  ],
  invalidExamples: [
    { arguments: { a: "102", b: "1" }, error: "$.a must match pattern" },
    { arguments: { a: "", b: "1" }, error: "$.a must match pattern" },
  ],
  run: ({ a, b }) => (BigInt(`0b${a}`) + BigInt(`0b${b}`)).toString(2),
});
