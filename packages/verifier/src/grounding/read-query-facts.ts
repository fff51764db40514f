import { normalizeText } from "./normalize-text.js";
import { numberWords } from "./number-words.js";
import { parseDates } from "./parse-dates.js";

/** What a query states, in the forms argument values are compared with. */
export interface QueryFacts {
  /** The normalised query, padded with a space on each side for whole-word search. */
  text: string;
  /** Its normalised words. */
  tokens: ReadonlySet<string>;
  /** Every number it states; a percentage also as a fraction (`5%` gives 5 and 0.05). */
  numbers: readonly number[];
  /** Every date it states, as `YYYY-MM-DD` or, without a year, `--MM-DD`. */
  dates: ReadonlySet<string>;
}

/** Reads the words, numbers (digits, words, percentages, thousands separators) and dates of a query. */
export function readQueryFacts(query: string): QueryFacts {
  const text = normalizeText(query);
  const words = text === "" ? [] : text.split(" ");
  const numbers = numberWords(words);
  for (const match of query.matchAll(/(-?\d[\d,]*(?:\.\d+)?)\s*(%|percent\b|per cent\b)/gi)) {
    numbers.push(Number((match[1] ?? "").replace(/,/g, "")) / 100);
  }
  for (const match of query.matchAll(/\b(\w+(?:[\s-]\w+)?)\s+(percent|per cent)\b/gi)) {
    for (const value of numberWords(normalizeText(match[1] ?? "").split(" "))) {
      numbers.push(value / 100);
    }
  }
  return { text: ` ${text} `, tokens: new Set(words), numbers, dates: new Set(parseDates(query)) };
}
