import type { ExecutionOutcome, JsonValue } from "@apigen/core";
import type { ContentBlock } from "@modelcontextprotocol/sdk/types.js";
import { mcpContentText, mcpContentToOutput } from "./mcp-content-to-output.js";

/** A `tools/call` result as the SDK returns it (current shape, or the 2024-10 `toolResult` one). */
export type ApiMcpCallResult = {
  content?: ContentBlock[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
  toolResult?: unknown;
};

/**
 * Classifies a `tools/call` result. `isError: true` is `tool_error` with the text content as the message, or
 * `invalid_arguments` / `unknown_tool` where the server's text says its input validation failed or it has no
 * such tool (the TypeScript SDK's `McpServer` reports both that way). Otherwise the output is the structured
 * content where there is one, else the content blocks (see {@link mcpContentToOutput}).
 */
export function mcpResultToOutcome(result: ApiMcpCallResult, durationMs: number): ExecutionOutcome {
  const content = result.content ?? [];
  const structured = result.structuredContent as JsonValue | undefined;
  if (result.isError === true) {
    const message = mcpContentText(content) || "the tool reported an error without a message";
    const status = /input validation error|invalid arguments for tool/i.test(message)
      ? "invalid_arguments"
      : /^(MCP error -32602: )?Tool \S+ (not found|disabled)/.test(message)
        ? "unknown_tool"
        : "tool_error";
    return { status, message, durationMs, ...(structured === undefined ? {} : { output: structured }) };
  }
  if (structured !== undefined) {
    return { status: "ok", output: structured, durationMs };
  }
  if (result.content === undefined && result.toolResult !== undefined) {
    return { status: "ok", output: result.toolResult as JsonValue, durationMs };
  }
  return { status: "ok", output: mcpContentToOutput(content), durationMs };
}
