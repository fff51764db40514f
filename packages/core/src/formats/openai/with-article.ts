/**
 * A word with its indefinite article, for messages.
 *
 * @example
 * withArticle("assistant") // "an assistant"
 * withArticle("tool") // "a tool"
 */
export function withArticle(word: string): string {
  return `${/^[aeio]/.test(word) ? "an" : "a"} ${word}`;
}
