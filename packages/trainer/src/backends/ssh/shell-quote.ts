/**
 * Quotes one word for a POSIX shell so it reaches the program exactly as given: plain words stay as they are,
 * anything else goes in single quotes with each `'` written `'\''`.
 *
 * @example
 * shellQuote("it's") // 'it'\''s'
 */
export function shellQuote(word: string): string {
  if (word.includes("\0")) {
    throw new TypeError("A shell word cannot hold a NUL character");
  }
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * Joins words into one shell command line, each quoted with {@link shellQuote}.
 *
 * @example
 * shellJoin(["python3", "train.py", "--name", "a b"]) // python3 train.py --name 'a b'
 */
export function shellJoin(words: readonly string[]): string {
  return words.map(shellQuote).join(" ");
}
