import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { callingPlans } from "./data/calling-codes.js";

/** A phone number in E.164 form. */
export const formatPhoneNumber = defineTool<{ number: string; country: string }>({
  name: "format_phone_number",
  description:
    "Normalise a phone number written in national or international form (spaces, dashes, dots and parentheses allowed) to E.164 for a given country: drops the domestic trunk prefix, checks the calling code and the national number's length. Returns the E.164 number, a tel: URI, the calling code and the national significant number.",
  category: "Communication",
  parameters: {
    type: "object",
    properties: {
      number: {
        type: "string",
        pattern: "^\\+?[0-9 ().-]{4,25}$",
        description:
          "Phone number as written, e.g. '020 7946 0958', '(415) 555-2671' or '+33 1 42 68 53 00'.",
      },
      country: {
        type: "string",
        enum: Object.keys(callingPlans),
        description: "ISO 3166-1 alpha-2 country the number belongs to.",
      },
    },
    required: ["number", "country"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      e164: { type: "string", pattern: "^\\+[1-9][0-9]{6,14}$" },
      tel_uri: { type: "string" },
      country: { type: "string" },
      calling_code: { type: "string" },
      national_number: { type: "string" },
    },
    required: ["e164", "tel_uri", "country", "calling_code", "national_number"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { number: "020 7946 0958", country: "GB" },
      result: {
        e164: "+442079460958",
        tel_uri: "tel:+442079460958",
        country: "United Kingdom",
        calling_code: "44",
        national_number: "2079460958",
      },
    },
    {
      arguments: { number: "(415) 555-2671", country: "US" },
      result: {
        e164: "+14155552671",
        tel_uri: "tel:+14155552671",
        country: "United States",
        calling_code: "1",
        national_number: "4155552671",
      },
    },
    {
      arguments: { number: "+33 1 42 68 53 00", country: "FR" },
      result: {
        e164: "+33142685300",
        tel_uri: "tel:+33142685300",
        country: "France",
        calling_code: "33",
        national_number: "142685300",
      },
    },
  ],
  invalidExamples: [
    { arguments: { number: "+44 20 7946 0958", country: "FR" }, error: "starts with +44, not France's +33" },
    {
      arguments: { number: "555-2671", country: "US" },
      error: "has 7 digits; United States numbers have 10",
    },
    { arguments: { number: "call me", country: "US" }, error: "$.number must match pattern" },
  ],
  run: ({ number, country }) => {
    const plan = callingPlans[country];
    if (plan === undefined) {
      throw new ToolArgumentError({ message: `unsupported country '${country}'`, argument: "country" });
    }
    let digits = number.replace(/[^0-9]/g, "");
    if (number.trim().startsWith("+") || digits.startsWith("00")) {
      digits = digits.replace(/^00/, "");
      if (!digits.startsWith(plan.calling_code)) {
        const actual = Object.values(callingPlans).find((other) => digits.startsWith(other.calling_code));
        throw new ToolArgumentError({
          message: `${number} starts with +${actual?.calling_code ?? digits.slice(0, 3)}, not ${plan.country}'s +${plan.calling_code}: check the country argument`,
          argument: "country",
        });
      }
      digits = digits.slice(plan.calling_code.length);
    } else if (
      plan.trunk_prefix !== null &&
      digits.startsWith(plan.trunk_prefix) &&
      !plan.lengths.includes(digits.length)
    ) {
      digits = digits.slice(plan.trunk_prefix.length);
    }
    if (!plan.lengths.includes(digits.length)) {
      throw new ToolArgumentError({
        message: `${number} has ${digits.length} digits; ${plan.country} numbers have ${plan.lengths.join(" or ")} after the calling code and trunk prefix`,
        argument: "number",
      });
    }
    const e164 = `+${plan.calling_code}${digits}`;
    return {
      e164,
      tel_uri: `tel:${e164}`,
      country: plan.country,
      calling_code: plan.calling_code,
      national_number: digits,
    };
  },
});
