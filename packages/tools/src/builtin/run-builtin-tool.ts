import { type ExecutionOutcome, type JsonObject, type JsonValue, toPlainJson } from "@apigen/core";
import { ToolArgumentError } from "../errors/tool-argument-error.js";
import type { ArgumentValidator } from "../validation/create-argument-validator.js";
import { createToolContext } from "./create-tool-context.js";
import type { BuiltinTool } from "./define-tool.js";

/** Options of {@link runBuiltinTool}. */
export interface RunBuiltinToolOptions {
  tool: BuiltinTool;
  arguments: JsonObject;
  validator: ArgumentValidator;
  /** @default 0 */
  seed?: number;
}

/**
 * Runs a built-in tool in this process: validates the arguments against its schema, runs it with the context of
 * `createToolContext` (seeded from the seed, the tool name and the arguments or the keys a tool asks for), and
 * classifies the outcome. No limits apply here; the executor adds them.
 */
export async function runBuiltinTool({
  tool,
  arguments: args,
  validator,
  seed = 0,
}: RunBuiltinToolOptions): Promise<ExecutionOutcome> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const checked = validator.validate(tool.tool.parameters, args);
  if (!checked.success) {
    return { status: "invalid_arguments", message: checked.error.message, durationMs: elapsed() };
  }
  const context = createToolContext({ name: tool.tool.name, arguments: args, seed });
  try {
    const output = await tool.run(toPlainJson(args) as JsonObject, context);
    return { status: "ok", output: output as JsonValue, durationMs: elapsed() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (ToolArgumentError.isInstance(error)) {
      return { status: "invalid_arguments", message, durationMs: elapsed() };
    }
    return { status: "tool_error", message, durationMs: elapsed() };
  }
}
