import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

const symbols: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function toRoman(value: number): string {
  let rest = value;
  let out = "";
  for (const [amount, symbol] of symbols) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

/** Converts between Arabic integers (1-3999) and canonical Roman numerals, in whichever direction the input implies. */
export const convertRomanNumeral = defineTool<{ value: string }>({
  name: "convert_roman_numeral",
  description:
    "Convert an integer from 1 to 3999 to a Roman numeral, or a Roman numeral back to an integer; the direction follows from the input. Returns both forms; Roman input must be in canonical subtractive form (IV, not IIII).",
  category: "Math",
  parameters: {
    type: "object",
    properties: {
      value: {
        type: "string",
        pattern: "^([0-9]{1,4}|[IVXLCDMivxlcdm]{1,15})$",
        description: "An integer such as '1994' or a Roman numeral such as 'MCMXCIV' (case-insensitive).",
      },
    },
    required: ["value"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      arabic: { type: "integer", minimum: 1, maximum: 3999 },
      roman: { type: "string", pattern: "^[IVXLCDM]+$" },
    },
    required: ["arabic", "roman"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { value: "1994" }, result: { arabic: 1994, roman: "MCMXCIV" } },
    { arguments: { value: "mmxxiv" }, result: { arabic: 2024, roman: "MMXXIV" } },
  ],
  invalidExamples: [
    { arguments: { value: "IIII" }, error: "'IIII' is not a canonical Roman numeral" },
    { arguments: { value: "4000" }, error: "Roman numerals cover 1 to 3999" },
    { arguments: { value: "12ab" }, error: "$.value must match pattern" },
  ],
  run: ({ value }) => {
    if (/^[0-9]+$/.test(value)) {
      const arabic = Number(value);
      if (arabic < 1 || arabic > 3999) {
        throw new ToolArgumentError({
          message: `Roman numerals cover 1 to 3999; got ${arabic}`,
          argument: "value",
        });
      }
      return { arabic, roman: toRoman(arabic) };
    }
    const roman = value.toUpperCase();
    let total = 0;
    let rest = roman;
    for (const [amount, symbol] of symbols) {
      while (rest.startsWith(symbol)) {
        total += amount;
        rest = rest.slice(symbol.length);
      }
    }
    if (rest !== "" || total < 1 || total > 3999 || toRoman(total) !== roman) {
      throw new ToolArgumentError({
        message: `'${roman}' is not a canonical Roman numeral (e.g. 4 is IV, 9 is IX, 40 is XL, 1994 is MCMXCIV)`,
        argument: "value",
      });
    }
    return { arabic: total, roman };
  },
});
