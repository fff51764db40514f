import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";
import { findCurrency } from "./data/currencies.js";

function currency(code: string, argument: string) {
  const found = findCurrency(code);
  if (found === undefined) {
    throw new ToolArgumentError({
      message: `unknown currency '${code}' for ${argument}; supported ISO 4217 codes include USD, EUR, GBP, JPY, CHF, CAD, AUD, INR, CNY, MXN`,
      argument,
    });
  }
  return found;
}

/** Converts an amount between two currencies at the snapshot's cross rate. */
export const convertCurrency = defineTool<{ amount: number; from_currency: string; to_currency: string }>({
  name: "convert_currency",
  description:
    "Convert an amount of money from one currency to another at the current mid-market exchange rate. Returns the converted amount (rounded to 2 decimals) and the rate used (6 significant decimals).",
  category: "Finance",
  simulated: {
    covers:
      "30 major currencies (ISO 4217); rates are a fixed snapshot of approximate early-2024 mid-market rates against USD, cross rates derived from them",
  },
  parameters: {
    type: "object",
    properties: {
      amount: { type: "number", minimum: 0, description: "Amount in the source currency." },
      from_currency: {
        type: "string",
        pattern: "^[A-Z]{3}$",
        description: "ISO 4217 code of the source currency, e.g. USD.",
      },
      to_currency: {
        type: "string",
        pattern: "^[A-Z]{3}$",
        description: "ISO 4217 code of the target currency, e.g. EUR.",
      },
    },
    required: ["amount", "from_currency", "to_currency"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      amount: { type: "number" },
      from_currency: { type: "string" },
      to_currency: { type: "string" },
      rate: { type: "number", description: "Units of to_currency per 1 unit of from_currency." },
      converted_amount: { type: "number" },
    },
    required: ["amount", "from_currency", "to_currency", "rate", "converted_amount"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { amount: 100, from_currency: "USD", to_currency: "EUR" },
      result: { amount: 100, from_currency: "USD", to_currency: "EUR", rate: 0.92, converted_amount: 92 },
    },
    {
      arguments: { amount: 2500, from_currency: "GBP", to_currency: "JPY" },
      result: {
        amount: 2500,
        from_currency: "GBP",
        to_currency: "JPY",
        rate: 187.341772,
        converted_amount: 468354.43,
      },
    },
  ],
  invalidExamples: [
    { arguments: { amount: 10, from_currency: "USD", to_currency: "XYZ" }, error: "unknown currency 'XYZ'" },
    {
      arguments: { amount: 10, from_currency: "usd", to_currency: "EUR" },
      error: "$.from_currency must match pattern",
    },
  ],
  run: ({ amount, from_currency, to_currency }) => {
    const from = currency(from_currency, "from_currency");
    const to = currency(to_currency, "to_currency");
    const rate = to.perUsd / from.perUsd;
    return {
      amount,
      from_currency,
      to_currency,
      rate: roundTo(rate, 6, { method: "half-away-from-zero" }),
      converted_amount: roundTo(amount * rate, 2, { method: "half-away-from-zero" }),
    };
  },
});
