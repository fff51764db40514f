import { setTimeout as sleep } from "node:timers/promises";

/** Options of {@link followLines}. */
export interface FollowLinesOptions {
  /** Reads the bytes after `offset`; resolves to an empty buffer when there are none (or no file yet). */
  readFrom: (offset: number) => Promise<Buffer>;
  /** Keep reading until `isDone` says the writer ended. @default false */
  follow?: boolean;
  /** True once the writer ended; asked only when a read found nothing new. */
  isDone?: () => Promise<boolean>;
  /** Stops reading. */
  signal?: AbortSignal;
  /** Pause between reads that found nothing. @default 200 */
  intervalMs?: number;
}

/**
 * Yields the lines of a growing file (a log) from the start, optionally following it until its writer ends:
 * the local backend reads its own files with it and the SSH backend remote ones.
 */
export async function* followLines({
  readFrom,
  follow = false,
  isDone = async () => true,
  signal,
  intervalMs = 200,
}: FollowLinesOptions): AsyncGenerator<string> {
  let offset = 0;
  let partial = "";
  const decoder = new TextDecoder();
  let finishing = false;
  while (signal?.aborted !== true) {
    const chunk = await readFrom(offset);
    if (chunk.length > 0) {
      offset += chunk.length;
      const lines = (partial + decoder.decode(chunk, { stream: true })).split("\n");
      partial = lines.pop() ?? "";
      yield* lines;
      continue;
    }
    if (!follow || finishing) {
      break;
    }
    if (await isDone()) {
      finishing = true;
      continue;
    }
    try {
      await sleep(intervalMs, undefined, signal === undefined ? {} : { signal });
    } catch {
      break;
    }
  }
  partial += decoder.decode();
  if (partial !== "") {
    yield partial;
  }
}
