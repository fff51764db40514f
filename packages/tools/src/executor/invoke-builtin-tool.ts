import { type ExecutionOutcome, type JsonObject, type JsonValue, toPlainJson } from "@apigen/core";
import { createToolContext } from "../builtin/create-tool-context.js";
import type { BuiltinTool } from "../builtin/define-tool.js";
import { ToolArgumentError } from "../errors/tool-argument-error.js";

/**
 * Runs a built-in tool on arguments that were already validated, with the same seeded context as
 * `runBuiltinTool` (both come from `createToolContext`), and classifies a throw: `ToolArgumentError` →
 * `invalid_arguments`, a failed allocation → `memory_limit`, anything else → `tool_error`.
 */
export async function invokeBuiltinTool({
  tool,
  arguments: args,
  seed,
}: {
  tool: BuiltinTool;
  arguments: JsonObject;
  seed: number;
}): Promise<ExecutionOutcome> {
  const started = performance.now();
  const context = createToolContext({ name: tool.tool.name, arguments: args, seed });
  try {
    const output = await tool.run(toPlainJson(args) as JsonObject, context);
    return { status: "ok", output: (output ?? null) as JsonValue, durationMs: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const durationMs = performance.now() - started;
    if (ToolArgumentError.isInstance(error)) {
      return { status: "invalid_arguments", message, durationMs };
    }
    if (error instanceof RangeError && /array length|allocation failed|string length/i.test(message)) {
      return { status: "memory_limit", message, durationMs };
    }
    return { status: "tool_error", message, durationMs };
  }
}
