/**
 * Replaces every occurrence of each secret value in `text` with `[redacted]`. Values shorter than 4 characters
 * are left alone (they would blank out ordinary words).
 *
 * @example
 * redactSecrets("token hf_abc123 refused", ["hf_abc123"]) // "token [redacted] refused"
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) {
      result = result.split(secret).join("[redacted]");
    }
  }
  return result;
}
