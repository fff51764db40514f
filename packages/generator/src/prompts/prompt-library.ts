import { type QueryStyle, queryStyles } from "@apigen/core";
import { type PromptFraming, type PromptTemplate, promptFramings } from "./prompt-template.js";

/**
 * Pairs left out of the library: indirect wording on top of a withheld tool or a withheld value would make
 * the row's label (no call) arguable.
 */
const excluded = new Set(["no_call.ambiguous", "missing_argument.ambiguous"]);

/**
 * The built-in prompt library: one template per (style, framing) pair that makes sense, 34 in all, with ids
 * `"<style>.<framing>.v1"`. Texts never change under an id: a new wording gets a new version.
 *
 * @example
 * promptLibrary.filter((template) => template.style === "parallel").map((template) => template.id);
 */
export const promptLibrary: readonly PromptTemplate[] = queryStyles.flatMap((style: QueryStyle) =>
  promptFramings
    .filter((framing: PromptFraming) => !excluded.has(`${style}.${framing}`))
    .map((framing) => ({ id: `${style}.${framing}.v1`, style, framing })),
);
