import type { ExecutionOutcome, Tool, ToolCall } from "@apigen/core";

/** Limits and cancellation a {@link ToolSource} receives for one call. */
export interface ToolSourceCallOptions {
  /** Wall-clock limit for the call; the source stops the call and answers `timeout` past it. */
  timeoutMs: number;
  /** Cancels the call; the source answers `timeout` with a message saying it was aborted. */
  abortSignal?: AbortSignal;
  /** The run's seed, for sources whose tools simulate services; sources without randomness ignore it. */
  seed?: number;
}

/**
 * Somewhere tools come from and run: the built-in library, a JS or Python module, an OpenAPI service or an
 * MCP server. The executor finds a tool by name across its sources, validates the arguments against the
 * tool's schema, then hands the call to the source that listed it.
 *
 * A source never throws from `call` for a failing call: the failure is the outcome, classified.
 */
export interface ToolSource {
  /** A short name for messages and for the executor's name-clash check, e.g. `"builtin"` or a module path. */
  readonly name: string;
  /** The tools this source can run, in the canonical form. */
  listTools(): Promise<Tool[]>;
  /** Runs one call whose arguments the executor has already validated. */
  call(call: ToolCall, options: ToolSourceCallOptions): Promise<ExecutionOutcome>;
  /** Releases processes, workers and connections; calls after `close` are not expected. */
  close(): Promise<void>;
}
