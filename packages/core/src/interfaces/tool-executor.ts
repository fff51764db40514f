import type { JsonValue } from "../json/json-value.js";
import type { ExecutionStatus } from "../schemas/execution-record.js";
import type { Tool } from "../schemas/tool.js";
import type { ToolCall } from "../schemas/tool-call.js";

/** Limits and cancellation for one call. */
export interface ExecuteOptions {
  /** Wall-clock limit for the call. */
  timeoutMs?: number;
  abortSignal?: AbortSignal;
}

/** How one call ended: a result, or a classified failure with a message a model could learn from. */
export type ExecutionOutcome = (
  | { status: "ok"; output: JsonValue; durationMs: number }
  | {
      status: Exclude<ExecutionStatus, "ok">;
      message: string;
      durationMs: number;
      /** A structured error payload, where the tool gave one. */
      output?: JsonValue;
    }
) & {
  /** Size of the tool's whole result as JSON text, in UTF-8 bytes, where the executor measured it. */
  resultBytes?: number;
  /** True when the result was over the executor's size limit and `output` holds the start of its JSON text. */
  truncated?: boolean;
};

/**
 * Runs tool calls: built-in tools, JS and Python modules, OpenAPI services and MCP servers alike, under
 * limits. The verifier's execution stage and the BFCL executable checker receive one.
 */
export interface ToolExecutor {
  /** The tools this executor can run. */
  listTools(): Promise<Tool[]>;
  /** Runs one call. Never throws for a failing call: the failure is the outcome. */
  execute(call: ToolCall, options?: ExecuteOptions): Promise<ExecutionOutcome>;
}
