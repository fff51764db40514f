import type { ExecuteOptions, ToolCall, ToolExecutor } from "@apigen/core";
import type { ExecutedCall } from "./check-executed-calls.js";

/** Runs calls one after another through an executor, in order, keeping each outcome with its call. */
export async function executeCalls({
  calls,
  executor,
  options = {},
}: {
  calls: readonly ToolCall[];
  executor: ToolExecutor;
  options?: ExecuteOptions;
}): Promise<ExecutedCall[]> {
  const executed: ExecutedCall[] = [];
  for (const call of calls) {
    options.abortSignal?.throwIfAborted();
    executed.push({ call, outcome: await executor.execute(call, options) });
  }
  return executed;
}
