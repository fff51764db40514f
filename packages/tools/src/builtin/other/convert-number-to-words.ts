import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

const ones = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const scales = ["", "thousand", "million", "billion", "trillion"];
const ordinalIrregular: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  five: "fifth",
  eight: "eighth",
  nine: "ninth",
  twelve: "twelfth",
};

function belowThousand(value: number): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const parts: string[] = [];
  if (hundreds > 0) {
    parts.push(`${ones[hundreds]} hundred`);
  }
  if (rest > 0) {
    const words =
      rest < 20
        ? (ones[rest] ?? "")
        : `${tens[Math.floor(rest / 10)]}${rest % 10 > 0 ? `-${ones[rest % 10]}` : ""}`;
    parts.push(hundreds > 0 ? `and ${words}` : words);
  }
  return parts.join(" ");
}

function cardinal(value: number, british: boolean): string {
  if (value === 0) {
    return "zero";
  }
  const groups: string[] = [];
  let rest = value;
  for (let scale = 0; rest > 0; scale += 1) {
    const group = rest % 1000;
    if (group > 0) {
      const words = belowThousand(group);
      groups.unshift(scales[scale] ? `${words} ${scales[scale]}` : words);
    }
    rest = Math.floor(rest / 1000);
  }
  const text = groups.join(" ");
  return british ? text : text.replaceAll(" and ", " ");
}

function ordinal(words: string): string {
  const match = /([a-z]+)$/.exec(words);
  const last = match?.[1] ?? "";
  const head = words.slice(0, words.length - last.length);
  if (ordinalIrregular[last] !== undefined) {
    return head + ordinalIrregular[last];
  }
  return head + (last.endsWith("y") ? `${last.slice(0, -1)}ieth` : `${last}th`);
}

/** Spells an integer in English words. */
export const convertNumberToWords = defineTool<{
  number: number;
  style?: "cardinal" | "ordinal";
  variant?: "us" | "uk";
}>({
  name: "convert_number_to_words",
  description:
    "Spell an integer in English words, as a cardinal ('one hundred twenty-three') or ordinal ('one hundred twenty-third'). US style omits 'and' after hundreds; UK style includes it ('one hundred and twenty-three'). Supports magnitudes below one quadrillion.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      number: {
        type: "integer",
        minimum: -999999999999999,
        maximum: 999999999999999,
        description: "The integer to spell out.",
      },
      style: {
        type: "string",
        enum: ["cardinal", "ordinal"],
        default: "cardinal",
        description: "cardinal (counting) or ordinal (position). Default cardinal.",
      },
      variant: {
        type: "string",
        enum: ["us", "uk"],
        default: "us",
        description: "English variant: us omits 'and', uk includes it. Default us.",
      },
    },
    required: ["number"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { words: { type: "string" } },
    required: ["words"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { number: 1234567 },
      result: { words: "one million two hundred thirty-four thousand five hundred sixty-seven" },
    },
    { arguments: { number: 342, variant: "uk" }, result: { words: "three hundred and forty-two" } },
    { arguments: { number: 21, style: "ordinal" }, result: { words: "twenty-first" } },
    { arguments: { number: -40, style: "cardinal" }, result: { words: "minus forty" } },
  ],
  invalidExamples: [
    { arguments: { number: -3, style: "ordinal" }, error: "ordinals need a positive number" },
    { arguments: { number: 3.5 }, error: "$.number must be integer" },
  ],
  run: ({ number, style = "cardinal", variant = "us" }) => {
    if (style === "ordinal" && number < 1) {
      throw new ToolArgumentError({
        message: `ordinals need a positive number; got ${number}`,
        argument: "number",
      });
    }
    const words = cardinal(Math.abs(number), variant === "uk");
    if (style === "ordinal") {
      return { words: ordinal(words) };
    }
    return { words: number < 0 ? `minus ${words}` : words };
  },
});
