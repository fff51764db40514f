/**
 * Waits `ms` milliseconds; an abort ends the wait at once by throwing the signal's reason.
 *
 * @example
 * await sleep(500, { abortSignal })
 */
export function sleep(
  ms: number,
  { abortSignal }: { abortSignal?: AbortSignal | undefined } = {},
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (abortSignal?.aborted) {
      reject(abortReason(abortSignal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(abortSignal));
    };
    const timer = setTimeout(
      () => {
        abortSignal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    abortSignal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Waits for a promise, but gives up as soon as the signal aborts, with the signal's reason. The promise itself
 * carries on; the caller must make sure its result is released.
 */
export function raceAbort<T>(promise: Promise<T>, abortSignal: AbortSignal | undefined): Promise<T> {
  if (abortSignal === undefined) {
    return promise;
  }
  return new Promise<T>((resolve, reject) => {
    if (abortSignal.aborted) {
      reject(abortReason(abortSignal));
      return;
    }
    const onAbort = () => reject(abortReason(abortSignal));
    abortSignal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        abortSignal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        abortSignal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** The reason a signal was aborted, as an `Error`. */
export function abortReason(abortSignal: AbortSignal | undefined): Error {
  const reason: unknown = abortSignal?.reason;
  return reason instanceof Error
    ? reason
    : new DOMException(String(reason ?? "This operation was aborted"), "AbortError");
}
