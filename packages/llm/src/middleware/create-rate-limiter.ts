import { raceAbort, sleep } from "./sleep.js";

/** Options of {@link createRateLimiter}. */
export interface RateLimiterOptions {
  /** Requests allowed per minute; none means no request limit. */
  requestsPerMinute?: number | undefined;
  /** Tokens (input and output) allowed per minute; none means no token limit. */
  tokensPerMinute?: number | undefined;
  /**
   * The clock, in milliseconds.
   * @default performance.now
   */
  now?: () => number;
}

/** Paces calls to stay within per-minute budgets. */
export interface RateLimiter {
  /** Waits until one request and `tokens` tokens fit in the budgets, then takes them. Callers go in order. */
  acquire(options: { tokens: number; abortSignal?: AbortSignal | undefined }): Promise<void>;
  /** Corrects the token budget once the real usage is known: `actual - estimated` (negative gives back). */
  adjustTokens(difference: number): void;
}

interface Bucket {
  capacity: number;
  perMs: number;
  level: number;
}

/**
 * A token-bucket limiter for requests and tokens per minute. Each bucket holds one second's worth of its
 * budget and refills continuously, so calls are spread evenly instead of bursting a minute's worth at once
 * (providers enforce per-minute limits at a finer grain). A call larger than a whole bucket waits for a full
 * bucket and leaves a debt that later calls wait out.
 *
 * @example
 * const limiter = createRateLimiter({ requestsPerMinute: 500, tokensPerMinute: 200_000 });
 * await limiter.acquire({ tokens: 1200 });
 */
export function createRateLimiter({
  requestsPerMinute,
  tokensPerMinute,
  now = () => performance.now(),
}: RateLimiterOptions): RateLimiter {
  for (const [name, value] of [
    ["requestsPerMinute", requestsPerMinute],
    ["tokensPerMinute", tokensPerMinute],
  ] as const) {
    if (value !== undefined && !(value > 0)) {
      throw new TypeError(`${name} must be a positive number, got ${value}; leave it out for no limit`);
    }
  }
  const bucket = (perMinute: number | undefined): Bucket | undefined =>
    perMinute === undefined
      ? undefined
      : {
          capacity: Math.max(1, perMinute / 60),
          perMs: perMinute / 60_000,
          level: Math.max(1, perMinute / 60),
        };
  const requests = bucket(requestsPerMinute);
  const tokens = bucket(tokensPerMinute);
  let updatedAt = now();
  let queue: Promise<void> = Promise.resolve();

  const refill = () => {
    const time = now();
    for (const current of [requests, tokens]) {
      if (current !== undefined) {
        current.level = Math.min(current.capacity, current.level + (time - updatedAt) * current.perMs);
      }
    }
    updatedAt = time;
  };
  const waitFor = (current: Bucket | undefined, amount: number) =>
    current === undefined
      ? 0
      : Math.max(0, (Math.min(amount, current.capacity) - current.level) / current.perMs);

  const take = async (amount: number, abortSignal: AbortSignal | undefined) => {
    for (;;) {
      abortSignal?.throwIfAborted();
      refill();
      const wait = Math.max(waitFor(requests, 1), waitFor(tokens, amount));
      if (wait <= 0) {
        if (requests !== undefined) {
          requests.level -= 1;
        }
        if (tokens !== undefined) {
          tokens.level -= amount;
        }
        return;
      }
      await sleep(Math.ceil(wait), { abortSignal });
    }
  };

  return {
    acquire({ tokens: amount, abortSignal }) {
      if (requests === undefined && tokens === undefined) {
        return Promise.resolve();
      }
      const turn = queue.then(() => take(Math.max(0, amount), abortSignal));
      queue = turn.catch(() => undefined);
      return raceAbort(turn, abortSignal);
    },
    adjustTokens(difference) {
      if (tokens !== undefined) {
        refill();
        tokens.level = Math.min(tokens.capacity, tokens.level - difference);
      }
    },
  };
}
