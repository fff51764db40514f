import type { ExecutionOutcome, ToolCall } from "@apigen/core";
import type { ToolSource } from "./tool-source.js";

const backstopMs = 1_000;

/**
 * Calls a source and never throws: a rejection becomes `crashed`, and a source that has not answered a
 * second after the time limit (one that does not honour it) is answered `timeout` for it.
 */
export async function callWithBackstop(
  source: ToolSource,
  call: ToolCall,
  { timeoutMs, seed, abortSignal }: { timeoutMs: number; seed: number; abortSignal: AbortSignal | undefined },
): Promise<ExecutionOutcome> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const backstop = new Promise<ExecutionOutcome>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          status: "timeout",
          message: `The tool did not answer within ${timeoutMs} ms`,
          durationMs: performance.now() - started,
        }),
      timeoutMs + backstopMs,
    );
  });
  const options = abortSignal === undefined ? { timeoutMs, seed } : { timeoutMs, seed, abortSignal };
  const running = source.call(call, options).catch(
    (error: unknown): ExecutionOutcome => ({
      status: "crashed",
      message: `The tool source failed: ${error instanceof Error ? error.message : String(error)}`,
      durationMs: performance.now() - started,
    }),
  );
  try {
    return await Promise.race([running, backstop]);
  } finally {
    clearTimeout(timer);
  }
}
