/** What {@link redactSecrets} writes in place of a secret. */
export const redactedText = "[REDACTED]";

/**
 * Replaces every occurrence of each secret value (an API key, a Hub token) in a text with {@link redactedText}, so
 * that messages which echo a secret can go into errors and logs. Values shorter than 4 characters are left alone:
 * they are too short to find safely and would blank out ordinary words.
 *
 * @example
 * redactSecrets("bad key sk-123456", ["sk-123456"]) // "bad key [REDACTED]"
 */
export function redactSecrets(text: string, secrets: Iterable<string | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret !== undefined && secret.length >= 4) {
      result = result.split(secret).join(redactedText);
    }
  }
  return result;
}
