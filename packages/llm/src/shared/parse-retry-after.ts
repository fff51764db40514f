/** The headers {@link parseRetryAfter} reads. */
export interface RetryAfterHeaders {
  /** `Retry-After`: delay in seconds, or an HTTP date. */
  retryAfter?: string | null | undefined;
  /** `retry-after-ms`: delay in milliseconds, as OpenAI and some gateways send it. */
  retryAfterMs?: string | null | undefined;
  /**
   * The current time in milliseconds since the epoch, for HTTP dates.
   * @default Date.now()
   */
  now?: number;
}

/**
 * How long a server asked the client to wait, in milliseconds, from `retry-after-ms` or `Retry-After`
 * (seconds or an HTTP date). Undefined when neither header is present or readable; never negative.
 *
 * @example
 * parseRetryAfter({ retryAfter: "2" }) // 2000
 * parseRetryAfter({ retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT", now: Date.parse("2015-10-21T07:27:58Z") }) // 2000
 */
export function parseRetryAfter({
  retryAfter,
  retryAfterMs,
  now = Date.now(),
}: RetryAfterHeaders): number | undefined {
  if (retryAfterMs != null && /^\s*\d+(\.\d+)?\s*$/.test(retryAfterMs)) {
    return Math.max(0, Number(retryAfterMs));
  }
  if (retryAfter == null || retryAfter.trim() === "") {
    return undefined;
  }
  if (/^\s*\d+(\.\d+)?\s*$/.test(retryAfter)) {
    return Math.max(0, Number(retryAfter) * 1000);
  }
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
