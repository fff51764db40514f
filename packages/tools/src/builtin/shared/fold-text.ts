/** Options of {@link foldText}. */
export interface FoldTextOptions {
  /**
   * `"keep"` leaves punctuation alone; `"space"` turns every run of characters other than `a-z` and `0-9` into
   * one space, so "Spider-Man: No Way Home" and "spider man no way home" fold alike.
   *
   * @default "keep"
   */
  punctuation?: "keep" | "space";
}

/**
 * Text for matching names: lower case, accents removed, outer whitespace trimmed.
 *
 * @example
 * foldText("  São Paulo "); // "sao paulo"
 * foldText("Amélie!", { punctuation: "space" }); // "amelie"
 */
export function foldText(text: string, { punctuation = "keep" }: FoldTextOptions = {}): string {
  const folded = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return (punctuation === "space" ? folded.replace(/[^a-z0-9]+/g, " ") : folded).trim();
}
