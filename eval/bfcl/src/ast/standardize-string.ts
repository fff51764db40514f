/**
 * BFCL's string normaliser: removes ASCII space, comma, period, slash, hyphen, underscore, asterisk and caret,
 * lowercases, and turns `'` into `"`. Tabs and newlines are kept, as the official one keeps them.
 */
export function standardizeString(text: string): string {
  return text
    .replace(/[ ,./\-_*^]/g, "")
    .toLowerCase()
    .replaceAll("'", '"');
}
