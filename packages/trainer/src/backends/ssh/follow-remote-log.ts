import { setTimeout as sleep } from "node:timers/promises";
import { jobFiles } from "../job-files.js";
import { shellQuote } from "./shell-quote.js";
import { execSsh, type SshClient } from "./ssh-session.js";

/** Options of {@link followRemoteLog}. */
export interface FollowRemoteLogOptions {
  client: SshClient;
  /** The job folder on the host. */
  dir: string;
  /** True while the job runs; asked every `pollIntervalMs`. */
  isRunning: () => Promise<boolean>;
  /** Stops following. */
  signal?: AbortSignal;
  /** Pause between `isRunning` checks. @default 1000 */
  pollIntervalMs?: number;
}

/**
 * Yields `train.log`'s lines from the start with `tail -n +1 -F` on the host until the job ends (then a short
 * drain) or `signal` aborts; the channel is closed either way.
 */
export async function* followRemoteLog({
  client,
  dir,
  isRunning,
  signal,
  pollIntervalMs = 1000,
}: FollowRemoteLogOptions): AsyncGenerator<string> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener("abort", stop, { once: true });
  const queue: string[] = [];
  const decoder = new TextDecoder();
  let partial = "";
  let ended = false;
  let wake: (() => void) | undefined;
  const tail = execSsh(client, `cd ${shellQuote(dir)} && exec tail -n +1 -F ${jobFiles.log}`, {
    signal: controller.signal,
    onStdout: (chunk) => {
      const lines = (partial + decoder.decode(chunk, { stream: true })).split("\n");
      partial = lines.pop() ?? "";
      queue.push(...lines);
      wake?.();
    },
  }).finally(() => {
    ended = true;
    wake?.();
  });
  const watcher = (async () => {
    while (!controller.signal.aborted) {
      await sleep(pollIntervalMs, undefined, { signal: controller.signal }).catch(() => undefined);
      if (!controller.signal.aborted && !(await isRunning())) {
        await sleep(Math.min(500, pollIntervalMs)).catch(() => undefined);
        controller.abort();
      }
    }
  })();
  try {
    for (;;) {
      const line = queue.shift();
      if (line !== undefined) {
        yield line;
        continue;
      }
      if (ended) {
        break;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (queue.length > 0 || ended) {
          resolve();
        }
      });
      wake = undefined;
    }
    partial += decoder.decode();
    if (partial !== "") {
      yield partial;
    }
  } finally {
    signal?.removeEventListener("abort", stop);
    controller.abort();
    await tail.catch(() => undefined);
    await watcher.catch(() => undefined);
  }
}
