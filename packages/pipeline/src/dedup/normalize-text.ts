/**
 * Text as dedup compares it: NFKC, lower case, every run of punctuation, symbols and white space turned into
 * one space, trimmed. `"What's the  WEATHER, in Paris?"` becomes `"what s the weather in paris"`.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
