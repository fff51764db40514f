import { redactSecrets } from "@apigen/core";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { McpConnectionError } from "./mcp-connection-error.js";

/** How to reach an MCP server: a child process speaking over stdio, or a streamable HTTP endpoint. */
export type McpTransportOptions =
  | {
      kind: "stdio";
      /** The executable, e.g. `process.execPath`. */
      command: string;
      args?: string[];
      /** Added to a minimal inherited environment (`PATH`, `HOME`, ...), never the whole of `process.env`. */
      env?: Record<string, string>;
      cwd?: string;
    }
  | {
      kind: "http";
      /** The endpoint, e.g. `http://127.0.0.1:3001/mcp`. */
      url: string;
      /** Sent with every request, e.g. `{ authorization: "Bearer …" }`. Never written into messages. */
      headers?: Record<string, string>;
      fetch?: typeof fetch;
    };

/** An open connection; `closed` turns true when the server goes away. */
export interface McpConnection {
  client: Client;
  readonly closed: boolean;
  close(): Promise<void>;
}

/** Options of {@link openMcpConnection}. */
export interface OpenMcpConnectionOptions {
  transport: McpTransportOptions;
  /** The source's name, for messages. */
  source: string;
  /** Time allowed for the handshake. */
  timeoutMs: number;
  /** Called once when the connection closes (the server exited or went away), after a successful handshake. */
  onClose?: () => void;
}

const stderrTailLength = 1000;

/**
 * Starts (stdio) or reaches (HTTP) an MCP server and completes the handshake, or throws an
 * {@link McpConnectionError} that says why. A stdio server's stderr is kept (its tail, redacted) for messages
 * instead of being mixed into ours.
 */
export async function openMcpConnection({
  transport,
  source,
  timeoutMs,
  onClose,
}: OpenMcpConnectionOptions): Promise<McpConnection> {
  let stderr = "";
  let wire: Transport;
  if (transport.kind === "stdio") {
    const stdio = new StdioClientTransport({
      command: transport.command,
      ...(transport.args === undefined ? {} : { args: transport.args }),
      ...(transport.env === undefined ? {} : { env: transport.env }),
      ...(transport.cwd === undefined ? {} : { cwd: transport.cwd }),
      stderr: "pipe",
    });
    stdio.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-stderrTailLength);
    });
    wire = stdio;
  } else {
    wire = new StreamableHTTPClientTransport(new URL(transport.url), {
      ...(transport.headers === undefined ? {} : { requestInit: { headers: transport.headers } }),
      ...(transport.fetch === undefined ? {} : { fetch: transport.fetch }),
    });
  }
  const secrets = Object.values(
    transport.kind === "stdio" ? (transport.env ?? {}) : (transport.headers ?? {}),
  );
  const redacted = () => redactSecrets(stderr, secrets);
  const client = new Client({ name: "apigen", version: "0.1.0" }, { capabilities: {} });
  let closed = false;
  let connected = false;
  client.onclose = () => {
    closed = true;
    if (connected) {
      onClose?.();
    }
  };
  try {
    await client.connect(wire, { timeout: timeoutMs });
    connected = true;
  } catch (error) {
    await client.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    const where =
      transport.kind === "stdio"
        ? `could not start ${transport.command}`
        : `could not reach ${new URL(transport.url).origin}`;
    throw new McpConnectionError({ source, reason: `${where}: ${reason}`, stderr: redacted(), cause: error });
  }
  return {
    client,
    get closed() {
      return closed;
    },
    async close() {
      if (wire instanceof StreamableHTTPClientTransport && !closed) {
        await wire.terminateSession().catch(() => undefined);
      }
      await client.close().catch(() => undefined);
    },
  };
}
