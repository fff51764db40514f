/**
 * The form two queries share when they are near-identical: Unicode NFKC, lower case, punctuation and symbols
 * removed, runs of white space made one space. Rows whose queries normalise the same go to the same split.
 *
 * @example
 * normalizeQuery("What's the  weather in Paris?") === normalizeQuery("whats the weather in paris") // true
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}
