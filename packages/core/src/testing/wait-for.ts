import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Polls `probe` until it returns something other than `undefined`, and resolves to that; rejects after
 * `timeoutMs`. For tests that wait on another process (a job's heartbeat, a server's state).
 *
 * @example
 * const state = await waitFor(async () => ((await readState()).status === "running" ? state : undefined));
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  { timeoutMs = 20_000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting`);
    }
    await sleep(intervalMs);
  }
}

/** Every file below `dir`, as paths that start with it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
