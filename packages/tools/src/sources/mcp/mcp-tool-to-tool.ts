import type { JsonSchema, ObjectSchema, Tool } from "@apigen/core";
import type { Tool as ApiMcpTool } from "@modelcontextprotocol/sdk/types.js";

/** What MCP says about a tool beyond the canonical form: its display title and behaviour hints. */
export interface McpToolDetails {
  tool: Tool;
  /** The tool's display title, where the server gives one. */
  title: string | undefined;
  /** The server's hints: `readOnlyHint`, `destructiveHint`, `idempotentHint`, `openWorldHint`, `title`. */
  annotations: Record<string, unknown> | undefined;
}

/** Options of {@link mcpToolToTool}. */
export interface McpToolToToolOptions {
  tool: ApiMcpTool;
  /** The source's name, kept as the tool's `source.ref`. */
  source: string;
  category: string | undefined;
}

/**
 * Maps a tool as an MCP server lists it to the canonical form: `inputSchema` becomes `parameters`,
 * `outputSchema` becomes `returns`, and `description` falls back to the title. `$schema` is dropped from both
 * schemas so any JSON Schema validator takes them.
 */
export function mcpToolToTool({ tool, source, category }: McpToolToToolOptions): McpToolDetails {
  const { $schema: _inputDialect, ...input } = tool.inputSchema;
  const parameters: ObjectSchema = {
    ...input,
    type: "object",
    properties: (input.properties ?? {}) as ObjectSchema["properties"],
  };
  let returns: JsonSchema | undefined;
  if (tool.outputSchema !== undefined) {
    const { $schema: _outputDialect, ...output } = tool.outputSchema;
    returns = output as JsonSchema;
  }
  const title = tool.title ?? tool.annotations?.title;
  return {
    tool: {
      name: tool.name,
      description: tool.description ?? title ?? "",
      parameters,
      ...(returns === undefined ? {} : { returns }),
      ...(category === undefined ? {} : { category }),
      source: { kind: "mcp", ref: source },
    },
    title,
    annotations: tool.annotations === undefined ? undefined : { ...tool.annotations },
  };
}
