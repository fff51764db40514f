/** How failed calls are retried. */
export interface RetryOptions {
  /**
   * Retries after the first attempt; 0 turns retrying off.
   * @default 5
   */
  maxRetries?: number;
  /**
   * The backoff before the first retry; it doubles with each retry.
   * @default 500
   */
  initialDelayMs?: number;
  /**
   * The longest backoff (a server's `Retry-After` may ask for longer, and is honoured).
   * @default 30000
   */
  maxDelayMs?: number;
  /**
   * "Full jitter": wait a random time between 0 and the backoff, so that many clients do not retry in step.
   * @default true
   */
  jitter?: boolean;
}

/**
 * Whether a failed call may be retried: errors that say so through a boolean `isRetryable` (every
 * `LanguageModelError` does: 429, 5xx, timeouts, resets, cut or garbled bodies). Anything else, a 400 or a
 * programmer's mistake, is final.
 */
export function isRetryableError(error: unknown): boolean {
  return (
    error !== null && typeof error === "object" && (error as { isRetryable?: unknown }).isRetryable === true
  );
}

/** Options of {@link retryDelayMs}. */
export interface RetryDelayOptions extends Required<Omit<RetryOptions, "maxRetries">> {
  /** 0 for the first retry. */
  retry: number;
  /** The error that failed the attempt; its `retryAfterMs` is a floor for the delay. */
  error: unknown;
  /** @default Math.random */
  random?: () => number;
}

/**
 * The wait before a retry: exponential backoff (`initialDelayMs · 2^retry`, capped at `maxDelayMs`), with full
 * jitter, but never shorter than the `retryAfterMs` the server asked for.
 *
 * @example
 * retryDelayMs({ retry: 2, error, initialDelayMs: 500, maxDelayMs: 30000, jitter: false }) // 2000
 */
export function retryDelayMs({
  retry,
  error,
  initialDelayMs,
  maxDelayMs,
  jitter,
  random = Math.random,
}: RetryDelayOptions): number {
  const backoff = Math.min(maxDelayMs, initialDelayMs * 2 ** retry);
  const delay = jitter ? random() * backoff : backoff;
  const retryAfter = (error as { retryAfterMs?: unknown } | null)?.retryAfterMs;
  return typeof retryAfter === "number" && Number.isFinite(retryAfter) ? Math.max(delay, retryAfter) : delay;
}
