/** Options of {@link formatUtcInstant}. */
export interface FormatUtcInstantOptions {
  /**
   * `"when-nonzero"` keeps milliseconds unless they are 0; `"never"` cuts them off.
   *
   * @default "when-nonzero"
   */
  milliseconds?: "when-nonzero" | "never";
}

/**
 * An instant (milliseconds since the epoch) as an ISO 8601 UTC timestamp ending in `Z`.
 *
 * @example
 * formatUtcInstant(Date.UTC(2024, 0, 2, 3, 4, 5)); // "2024-01-02T03:04:05Z"
 * formatUtcInstant(Date.UTC(2024, 0, 2, 3, 4, 5, 250)); // "2024-01-02T03:04:05.250Z"
 * formatUtcInstant(Date.UTC(2024, 0, 2, 3, 4, 5, 250), { milliseconds: "never" }); // "2024-01-02T03:04:05Z"
 */
export function formatUtcInstant(
  ms: number,
  { milliseconds = "when-nonzero" }: FormatUtcInstantOptions = {},
): string {
  const text = new Date(ms).toISOString();
  return milliseconds === "never" ? `${text.slice(0, 19)}Z` : text.replace(".000Z", "Z");
}
