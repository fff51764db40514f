import { type QueryStyle, stringifyJson } from "@apigen/core";

/** Where stages 1 and 2 must stop a corpus row, and with which reason code (`ok` for an accepted row). */
export interface CorpusExpectation {
  stage: "format" | "execution" | "accepted";
  reason: string;
}

/** One labelled candidate of the verification corpus: raw model text over built-in tools, and its verdict. */
export interface CorpusRow {
  id: string;
  /** The raw model output, as a generator would receive it. */
  text: string;
  /** Names of the built-in tools the candidate was generated for. */
  tools: readonly string[];
  style: QueryStyle;
  expected: CorpusExpectation;
}

/**
 * Writes a `{query, answers}` answer as a model would, with the calls given as raw JSON text so that number
 * spellings such as `5.0` survive exactly.
 *
 * @example
 * answerText("Quote AAPL", '[{"name": "get_stock_quote", "arguments": {"symbol": "AAPL"}}]');
 */
export function answerText(query: string, callsJson: string): string {
  return `{"query": ${stringifyJson(query)}, "answers": ${callsJson}}`;
}

/**
 * Writes one call as raw JSON text; `argumentsJson` is kept as given.
 *
 * @example
 * callText("flip_coins", '{"count": 3}');
 */
export function callText(name: string, argumentsJson: string): string {
  return `{"name": ${stringifyJson(name)}, "arguments": ${argumentsJson}}`;
}
