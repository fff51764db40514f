import { type JsonSchema, type JsonValue, jsonEqual, jsonNumberValue } from "@apigen/core";
import { normalizeText } from "./normalize-text.js";
import { parseDates } from "./parse-dates.js";
import type { QueryFacts } from "./read-query-facts.js";

/** How a value was found grounded, or `missing` when it was not. */
export type GroundingBasis =
  | "exempt"
  | "default"
  | "enum"
  | "text"
  | "number"
  | "date"
  | "words"
  | "overlap"
  | "missing";

/** Settings of {@link groundValue}. */
export interface GroundValueOptions {
  value: JsonValue;
  schema: JsonSchema | undefined;
  facts: QueryFacts;
  /** Strings longer than this are checked by word overlap. */
  longTextChars: number;
  /** Share of a long text's content words that must appear in the query. */
  minOverlap: number;
}

const stopWords = new Set(
  "a an and are as at be by for from has have in is it of on or that the this to was were will with".split(
    " ",
  ),
);

function sameNumber(left: number, right: number): boolean {
  return Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
}

/** Signs are compared loosely: the query may say "minus 3", "3 below zero" or "-3". */
function numberStated(value: number, facts: QueryFacts): boolean {
  return facts.numbers.some((stated) => sameNumber(Math.abs(stated), Math.abs(value)));
}

function dateStated(dates: readonly string[], facts: QueryFacts): boolean {
  return dates.some((date) => facts.dates.has(date) || facts.dates.has(`--${date.slice(5)}`));
}

function groundString(
  value: string,
  facts: QueryFacts,
  longTextChars: number,
  minOverlap: number,
): GroundingBasis {
  const text = normalizeText(value);
  if (text === "") {
    return "exempt";
  }
  const dates = /\d/.test(value) ? parseDates(value) : [];
  if (dates.length > 0) {
    return dateStated(dates, facts) ? "date" : "missing";
  }
  const quantity = /^\s*(-?[\d,]*\d(?:\.\d+)?)\s*(%|[a-zA-Z°µ/]{1,12}\.?)?\s*$/.exec(value);
  if (quantity !== null) {
    const number = Number((quantity[1] ?? "").replace(/,/g, ""));
    return numberStated(number, facts) || (quantity[2] === "%" && numberStated(number / 100, facts))
      ? "number"
      : "missing";
  }
  if (value.length > longTextChars) {
    const words = text.split(" ").filter((word) => word.length > 2 && !stopWords.has(word));
    const shared = words.filter((word) => facts.tokens.has(word)).length;
    return words.length === 0 || shared / words.length >= minOverlap ? "overlap" : "missing";
  }
  if (facts.text.includes(` ${text} `)) {
    return "text";
  }
  const words = text.split(" ");
  return words.length > 1 && words.every((word) => facts.tokens.has(word)) ? "words" : "missing";
}

/**
 * Whether one scalar argument value is grounded in the query: booleans, `null` and empty strings are exempt;
 * a value equal to the parameter's documented default is grounded, as is an enum member the query names;
 * numbers must be stated (in digits or words, as a percentage or a fraction); dates in any common format must
 * be stated; quantities with units (`"5 km"`) are compared by their number; long texts by word overlap; other
 * strings must appear in the query after normalising case, whitespace and punctuation.
 */
export function groundValue({
  value,
  schema,
  facts,
  longTextChars,
  minOverlap,
}: GroundValueOptions): GroundingBasis {
  if (value === null || typeof value === "boolean") {
    return "exempt";
  }
  const number = jsonNumberValue(value);
  const fallback = schema?.default;
  if (
    fallback !== undefined &&
    (jsonEqual(fallback, value) ||
      (number !== undefined && sameNumber(jsonNumberValue(fallback) ?? Number.NaN, number)))
  ) {
    return "default";
  }
  if (number !== undefined) {
    return numberStated(number, facts) ? "number" : "missing";
  }
  if (typeof value !== "string") {
    return "missing";
  }
  if (Array.isArray(schema?.enum) && schema.enum.includes(value)) {
    const spoken = normalizeText(value.replace(/([a-z])([A-Z])/g, "$1 $2"));
    return facts.text.includes(` ${spoken} `) ? "enum" : "missing";
  }
  return groundString(value, facts, longTextChars, minOverlap);
}
