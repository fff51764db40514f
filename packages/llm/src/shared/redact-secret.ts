/** What {@link redactSecret} writes in place of a secret. */
export const redactedText = "[REDACTED]";

/**
 * Replaces every occurrence of a secret (an API key) in a text, so that server messages which echo the key
 * can be put into errors. Secrets shorter than 4 characters are too short to find safely and are left alone.
 *
 * @example
 * redactSecret("bad key sk-123456", "sk-123456") // "bad key [REDACTED]"
 */
export function redactSecret(text: string, secret: string | undefined): string {
  if (secret === undefined || secret.length < 4) {
    return text;
  }
  return text.split(secret).join(redactedText);
}
