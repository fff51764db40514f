import { apigenCategories } from "@apigen/core";
import { findCloseNames } from "@apigen/tools";

/**
 * The category a user means, matched without regard to case against the 21 APIGen categories and any other
 * category the library uses; throws an `Error` naming close ones and the full list for anything else.
 *
 * @example
 * resolveCategory("math", ["Math"]) // "Math"
 */
export function resolveCategory(input: string, used: readonly string[]): string {
  const known = [...new Set([...apigenCategories, ...used])];
  const found = known.find((category) => category.toLowerCase() === input.trim().toLowerCase());
  if (found !== undefined) {
    return found;
  }
  const suggestions = findCloseNames(input, known);
  const hint = suggestions.length === 0 ? "" : ` Did you mean ${suggestions.join(", ")}?`;
  throw new Error(`unknown category "${input}".${hint} Categories: ${known.join(", ")}.`);
}
