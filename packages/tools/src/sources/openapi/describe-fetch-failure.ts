import type { ExecutionStatus } from "@apigen/core";

/** Options of {@link describeFetchFailure}. */
export interface DescribeFetchFailureOptions {
  error: unknown;
  /** `METHOD origin/path`. */
  target: string;
  origin: string;
  timeoutMs: number;
  timeoutSignal: AbortSignal;
  abortSignal: AbortSignal | undefined;
}

const downCodes = new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * Classifies a request that got no complete answer: past the time limit or aborted is `timeout`; a refused
 * or unreachable server is `tool_error` saying the server is down at its address; anything else is
 * `tool_error` with the cause.
 */
export function describeFetchFailure({
  error,
  target,
  origin,
  timeoutMs,
  timeoutSignal,
  abortSignal,
}: DescribeFetchFailureOptions): { status: Exclude<ExecutionStatus, "ok">; message: string } {
  if (abortSignal?.aborted === true) {
    return { status: "timeout", message: `${target} was aborted by the caller` };
  }
  if (timeoutSignal.aborted) {
    return { status: "timeout", message: `${target} gave no complete answer within ${timeoutMs} ms` };
  }
  const code = errorCode(error);
  if (code !== undefined && downCodes.has(code)) {
    return { status: "tool_error", message: `server down at ${origin} (${code}) for ${target}` };
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return { status: "tool_error", message: `${target} failed: ${cause ?? message}` };
}

function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current != null && depth < 5; depth++) {
    if (typeof current === "object" && "code" in current && typeof current.code === "string") {
      return current.code;
    }
    current = typeof current === "object" && "cause" in current ? current.cause : undefined;
  }
  return undefined;
}
