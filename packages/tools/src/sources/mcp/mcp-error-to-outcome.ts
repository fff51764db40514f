import type { ExecutionStatus } from "@apigen/core";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";

/** Options of {@link mcpErrorToOutcome}. */
export interface McpErrorToOutcomeOptions {
  error: unknown;
  /** The source's name. */
  source: string;
  tool: string;
  timeoutMs: number;
  abortSignal: AbortSignal | undefined;
}

/** A classified failure, and whether the connection is gone and must be opened again. */
export interface McpFailure {
  status: Exclude<ExecutionStatus, "ok">;
  message: string;
  /** The connection is unusable: the next call starts or reaches the server again. */
  disconnected: boolean;
}

/**
 * Classifies an exception from `tools/call`: the caller aborting or the time limit is `timeout`; a closed
 * connection or a transport failure (the server died, the HTTP endpoint went away) is `crashed`; the server
 * rejecting the parameters is `invalid_arguments` (or `unknown_tool` for a name it does not have); a result
 * that breaks the tool's own output schema, and any other protocol error, is `tool_error`.
 */
export function mcpErrorToOutcome({
  error,
  source,
  tool,
  timeoutMs,
  abortSignal,
}: McpErrorToOutcomeOptions): McpFailure {
  if (abortSignal?.aborted === true) {
    return {
      status: "timeout",
      message: `${tool} on ${source} was aborted by the caller`,
      disconnected: false,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof McpError)) {
    return { status: "crashed", message: `${source} failed during ${tool}: ${message}`, disconnected: true };
  }
  switch (error.code) {
    case ErrorCode.RequestTimeout:
      return {
        status: "timeout",
        message: `${tool} on ${source} gave no answer within ${timeoutMs} ms`,
        disconnected: false,
      };
    case ErrorCode.ConnectionClosed:
      return {
        status: "crashed",
        message: `${source} closed the connection during ${tool}`,
        disconnected: true,
      };
    case ErrorCode.InvalidParams:
      if (/structured content|output schema/i.test(message)) {
        return { status: "tool_error", message, disconnected: false };
      }
      return {
        status: /not found|unknown tool/i.test(message) ? "unknown_tool" : "invalid_arguments",
        message,
        disconnected: false,
      };
    default:
      return { status: "tool_error", message, disconnected: false };
  }
}
