import { defineTool } from "../define-tool.js";

const brands: [string, RegExp][] = [
  ["American Express", /^3[47]\d{13}$/],
  ["Visa", /^4(\d{12}|\d{15}|\d{18})$/],
  ["Mastercard", /^(5[1-5]\d{14}|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12})$/],
  ["Discover", /^(6011\d{12}|65\d{14}|64[4-9]\d{13})$/],
  ["JCB", /^35(2[89]|[3-8]\d)\d{12}$/],
  ["Diners Club", /^3(0[0-5]|[689]\d)\d{11}$/],
];

function luhnSum(digits: string): number {
  let sum = 0;
  [...digits].reverse().forEach((char, i) => {
    let d = Number(char);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) {
        d -= 9;
      }
    }
    sum += d;
  });
  return sum;
}

/** Luhn (mod 10) check of a card number, IMEI or other identifier, with the card brand when recognisable. */
export const checkLuhnChecksum = defineTool<{ number: string }>({
  name: "check_luhn_checksum",
  description:
    "Validate a payment card number, IMEI or other identifier with the Luhn (mod 10) checksum; spaces and dashes are ignored. Returns whether the checksum passes, the check digit the number should end with, the card brand recognised from its prefix and length (or 'unknown'), and a masked form showing only the last 4 digits.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      number: {
        type: "string",
        pattern: "^[0-9][0-9 -]{0,30}[0-9]$",
        description: "The digits, optionally grouped with spaces or dashes, e.g. '4111 1111 1111 1111'.",
      },
    },
    required: ["number"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      valid: { type: "boolean" },
      digits: { type: "integer", minimum: 2 },
      expected_check_digit: { type: "integer", minimum: 0, maximum: 9 },
      brand: {
        type: "string",
        enum: ["American Express", "Visa", "Mastercard", "Discover", "JCB", "Diners Club", "unknown"],
      },
      masked: { type: "string" },
    },
    required: ["valid", "digits", "expected_check_digit", "brand", "masked"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { number: "4111 1111 1111 1111" },
      result: { valid: true, digits: 16, expected_check_digit: 1, brand: "Visa", masked: "************1111" },
    },
    {
      arguments: { number: "3782-822463-10006" },
      result: {
        valid: false,
        digits: 15,
        expected_check_digit: 5,
        brand: "American Express",
        masked: "***********0006",
      },
    },
  ],
  invalidExamples: [
    { arguments: { number: "4111-abcd-1111" }, error: "$.number must match pattern" },
    { arguments: {}, error: "missing required argument 'number'" },
  ],
  run: ({ number }) => {
    const digits = number.replace(/[ -]/g, "");
    const body = digits.slice(0, -1);
    const expected = (10 - (luhnSum(`${body}0`) % 10)) % 10;
    return {
      valid: luhnSum(digits) % 10 === 0,
      digits: digits.length,
      expected_check_digit: expected,
      brand: brands.find(([, pattern]) => pattern.test(digits))?.[0] ?? "unknown",
      masked: "*".repeat(Math.max(0, digits.length - 4)) + digits.slice(-4),
    };
  },
});
