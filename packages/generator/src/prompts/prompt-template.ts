import type { QueryStyle } from "@apigen/core";

/** How a prompt asks the queries to be worded, so that they do not all sound alike. */
export type PromptFraming = "concise" | "detailed" | "casual" | "ambiguous" | "typos" | "numbers_as_words";

/** Every {@link PromptFraming}, in a stable order. */
export const promptFramings: readonly PromptFraming[] = [
  "concise",
  "detailed",
  "casual",
  "ambiguous",
  "typos",
  "numbers_as_words",
];

/** One entry of the prompt library: a query style with a framing, under a stable id. */
export interface PromptTemplate {
  /** Stable id recorded on every row, e.g. `"parallel.casual.v1"`. Never reuse an id for different text. */
  id: string;
  style: QueryStyle;
  framing: PromptFraming;
  /** Wording instruction that replaces the framing's built-in one (for templates of your own). */
  instructions?: string;
}
