import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

const digits = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Converts an integer written in one base (2-36) to another, exactly. */
export const convertNumberBase = defineTool<{ value: string; from_base: number; to_base: number }>({
  name: "convert_number_base",
  description:
    "Convert an integer written in one base (2 to 36) to another base, exactly and without size limit. Returns the converted digits (lowercase letters for digits above 9) and the decimal value as a string.",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      value: {
        type: "string",
        pattern: "^-?[0-9A-Za-z]+$",
        maxLength: 256,
        description:
          "The integer in from_base, digits 0-9 then a-z (case-insensitive), optional leading '-'; e.g. 'ff'.",
      },
      from_base: {
        type: "integer",
        minimum: 2,
        maximum: 36,
        description: "Base the value is written in (2-36).",
      },
      to_base: { type: "integer", minimum: 2, maximum: 36, description: "Base to convert to (2-36)." },
    },
    required: ["value", "from_base", "to_base"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      result: { type: "string" },
      decimal: { type: "string", pattern: "^-?[0-9]+$" },
      to_base: { type: "integer" },
    },
    required: ["result", "decimal", "to_base"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { value: "ff", from_base: 16, to_base: 2 },
      result: { result: "11111111", decimal: "255", to_base: 2 },
    },
    {
      arguments: { value: "-1010", from_base: 2, to_base: 36 },
      result: { result: "-a", decimal: "-10", to_base: 36 },
    },
    {
      arguments: { value: "zz", from_base: 36, to_base: 10 },
      result: { result: "1295", decimal: "1295", to_base: 10 },
    },
  ],
  invalidExamples: [
    { arguments: { value: "129", from_base: 8, to_base: 10 }, error: "digit '9' is not valid in base 8" },
    { arguments: { value: "10", from_base: 1, to_base: 10 }, error: "$.from_base must be >= 2" },
  ],
  run: ({ value, from_base: fromBase, to_base: toBase }) => {
    const negative = value.startsWith("-");
    let total = 0n;
    for (const char of (negative ? value.slice(1) : value).toLowerCase()) {
      const digit = digits.indexOf(char);
      if (digit >= fromBase) {
        throw new ToolArgumentError({
          message: `digit '${char}' is not valid in base ${fromBase}: allowed digits are ${digits.slice(0, fromBase)}`,
          argument: "value",
        });
      }
      total = total * BigInt(fromBase) + BigInt(digit);
    }
    const sign = negative && total !== 0n ? "-" : "";
    return { result: sign + total.toString(toBase), decimal: sign + total.toString(10), to_base: toBase };
  },
});
