import pLimit from "p-limit";
import { raceAbort } from "./sleep.js";

/** Hands out a limited number of slots; each holder calls the returned function to give its slot back. */
export interface Slots {
  acquire(abortSignal: AbortSignal | undefined): Promise<() => void>;
}

/**
 * At most `concurrency` holders at once (no limit when undefined), first come first served. A caller that aborts
 * while waiting leaves the queue at once; its turn, when it comes, is passed on immediately.
 */
export function createSlots(concurrency: number | undefined): Slots {
  if (concurrency === undefined) {
    return { acquire: async () => () => undefined };
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new TypeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  const limit = pLimit(concurrency);
  return {
    async acquire(abortSignal) {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const granted = new Promise<void>((resolve) => {
        void limit(() => {
          resolve();
          return held;
        });
      });
      try {
        await raceAbort(granted, abortSignal);
      } catch (error) {
        release();
        throw error;
      }
      return release;
    },
  };
}
