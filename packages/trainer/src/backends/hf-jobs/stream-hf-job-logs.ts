import { streamJobLogs } from "@huggingface/hub";

/** Options of {@link streamHfJobLogs}. */
export interface StreamHfJobLogsOptions {
  namespace: string;
  jobId: string;
  accessToken: string;
  hubUrl?: string;
  fetch?: typeof fetch;
  /** Read until the server ends the stream (the job ended); otherwise stop after `idleMs` without a line. */
  follow: boolean;
  /** @default 1500 */
  idleMs?: number;
  /** Stops reading. */
  signal?: AbortSignal;
}

/**
 * A job's log lines from the Jobs logs endpoint (server-sent events, through `streamJobLogs`), with the request
 * tied to `signal` and, when not following, an idle cut-off so that a running job's log is a snapshot.
 */
export async function* streamHfJobLogs({
  namespace,
  jobId,
  accessToken,
  hubUrl,
  fetch: baseFetch = globalThis.fetch,
  follow,
  idleMs = 1500,
  signal,
}: StreamHfJobLogsOptions): AsyncGenerator<string> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener("abort", stop, { once: true });
  const fetchWithSignal: typeof fetch = (input, init) =>
    baseFetch(input, { ...init, signal: controller.signal });
  const iterator = streamJobLogs({
    namespace,
    jobId,
    accessToken,
    fetch: fetchWithSignal,
    ...(hubUrl === undefined ? {} : { hubUrl }),
  })[Symbol.asyncIterator]();
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const idle = new Promise<"idle">((resolve) => {
        if (!follow) {
          timer = setTimeout(() => resolve("idle"), idleMs);
        }
      });
      const pending = iterator.next();
      pending.catch(() => undefined);
      const next = await Promise.race([pending, idle]).catch((error: unknown) => {
        if (controller.signal.aborted) {
          return "idle" as const;
        }
        throw error;
      });
      clearTimeout(timer);
      if (next === "idle" || next.done) {
        break;
      }
      for (const line of next.value.message.split("\n")) {
        yield line;
      }
    }
  } finally {
    signal?.removeEventListener("abort", stop);
    controller.abort();
    await iterator.return?.().catch(() => undefined);
  }
}
