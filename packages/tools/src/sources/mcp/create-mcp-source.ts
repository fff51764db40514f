import { basename } from "node:path";
import { type ExecutionOutcome, type Tool, toPlainJson } from "@apigen/core";
import type { ToolSource } from "../../executor/tool-source.js";
import { McpConnectionError } from "./mcp-connection-error.js";
import { mcpErrorToOutcome } from "./mcp-error-to-outcome.js";
import { type ApiMcpCallResult, mcpResultToOutcome } from "./mcp-result-to-outcome.js";
import { type McpToolDetails, mcpToolToTool } from "./mcp-tool-to-tool.js";
import { type McpConnection, type McpTransportOptions, openMcpConnection } from "./open-mcp-connection.js";

/** Options of {@link createMcpSource}. */
export interface McpSourceOptions {
  /** How to reach the server. */
  transport: McpTransportOptions;
  /** @default `mcp:<command file name>` for stdio, `mcp:<host>` for HTTP */
  name?: string;
  /** The category every tool of this server gets. */
  category?: string;
  /**
   * Time allowed to start the server and complete the handshake, and for `listTools`.
   * @default 20000
   */
  connectTimeoutMs?: number;
}

/** A {@link ToolSource} over an MCP server, which can also tell each tool's MCP title and hints. */
export interface McpToolSource extends ToolSource {
  /** The tools with their MCP `title` and `annotations` (which the canonical `Tool` has no place for). */
  listToolDetails(): Promise<McpToolDetails[]>;
}

/**
 * A tool source over an MCP server (stdio or streamable HTTP), through `@modelcontextprotocol/sdk`. It
 * connects on first use; a server that dies or drops the connection fails the call in flight as `crashed`
 * and is started (or reached) again on the next call. Results: structured content, else the content blocks
 * (JSON text parsed, media described by type and size); `isError` results are `tool_error` with their text.
 *
 * @example
 * const memory = createMcpSource({
 *   transport: { kind: "stdio", command: process.execPath, args: [serverScript], env: { MEMORY_FILE_PATH: file } },
 * });
 * const outcome = await memory.call({ name: "read_graph", arguments: {} }, { timeoutMs: 5000 });
 * await memory.close();
 */
export function createMcpSource({
  transport,
  name = defaultName(transport),
  category,
  connectTimeoutMs = 20_000,
}: McpSourceOptions): McpToolSource {
  if (transport.kind === "stdio" && transport.command.trim() === "") {
    throw new TypeError("createMcpSource needs transport.command: the executable that starts the server");
  }
  if (transport.kind === "http" && !URL.canParse(transport.url)) {
    throw new TypeError(`createMcpSource needs an absolute transport.url, got "${transport.url}"`);
  }
  let connection: Promise<McpConnection> | undefined;
  let knownNames: Set<string> | undefined;

  const connect = (): Promise<McpConnection> => {
    if (connection === undefined) {
      const forget = () => {
        if (connection === opening) {
          connection = undefined;
        }
      };
      const opening = openMcpConnection({
        transport,
        source: name,
        timeoutMs: connectTimeoutMs,
        onClose: forget,
      });
      connection = opening;
      opening.catch(forget);
    }
    return connection;
  };

  const listToolDetails = async (): Promise<McpToolDetails[]> => {
    const { client } = await connect();
    const details: McpToolDetails[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor === undefined ? {} : { cursor }, {
        timeout: connectTimeoutMs,
      });
      details.push(...page.tools.map((tool) => mcpToolToTool({ tool, source: name, category })));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    knownNames = new Set(details.map((detail) => detail.tool.name));
    return details;
  };

  return {
    name,
    listToolDetails,
    async listTools(): Promise<Tool[]> {
      return (await listToolDetails()).map((detail) => detail.tool);
    },
    async call(call, { timeoutMs, abortSignal }): Promise<ExecutionOutcome> {
      const start = performance.now();
      const durationMs = () => Math.round((performance.now() - start) * 1000) / 1000;
      if (knownNames !== undefined && !knownNames.has(call.name)) {
        return {
          status: "unknown_tool",
          message: `${name} has no tool "${call.name}"`,
          durationMs: durationMs(),
        };
      }
      let open: McpConnection;
      const opening = connect();
      try {
        open = await opening;
      } catch (error) {
        const message = McpConnectionError.isInstance(error) ? error.message : String(error);
        return { status: "crashed", message, durationMs: durationMs() };
      }
      try {
        const result = (await open.client.callTool(
          { name: call.name, arguments: toPlainJson(call.arguments) as Record<string, unknown> },
          undefined,
          {
            timeout: timeoutMs,
            maxTotalTimeout: timeoutMs,
            ...(abortSignal === undefined ? {} : { signal: abortSignal }),
          },
        )) as ApiMcpCallResult;
        return mcpResultToOutcome(result, durationMs());
      } catch (error) {
        const failure = mcpErrorToOutcome({ error, source: name, tool: call.name, timeoutMs, abortSignal });
        if (failure.disconnected) {
          if (connection === opening) {
            connection = undefined;
          }
          await open.close();
        }
        return { status: failure.status, message: failure.message, durationMs: durationMs() };
      }
    },
    async close(): Promise<void> {
      const current = connection;
      connection = undefined;
      const open = current === undefined ? undefined : await current.catch(() => undefined);
      await open?.close();
    },
  };
}

function defaultName(transport: McpTransportOptions): string {
  if (transport.kind === "stdio") {
    return `mcp:${basename(transport.command)}`;
  }
  return URL.canParse(transport.url) ? `mcp:${new URL(transport.url).host}` : "mcp:http";
}
