/**
 * Lower-cases a text, folds accents, drops thousands separators (`1,250` → `1250`), turns punctuation into
 * spaces (keeping a decimal point) and collapses whitespace, so that `"New-York,  NY"` and `"new york ny"`
 * compare equal.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1")
    .replace(/(\d)\.(?=\d)/g, "$1\uE000")
    .replace(/[^\p{L}\p{N}\uE000]+/gu, " ")
    .replace(/\uE000/g, ".")
    .trim();
}
