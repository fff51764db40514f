import { ApigenError } from "@apigen/core";

const marker = "apigen.error.McpConnectionError";
const symbol = Symbol.for(marker);

/**
 * An MCP server that could not be started or reached, or that broke off the handshake. The message names the
 * source and says why; for a stdio server it ends with the last lines the server wrote to stderr, with the
 * values of the environment variables it was given blanked out.
 *
 * @example
 * try { await source.listTools() } catch (error) { if (McpConnectionError.isInstance(error)) console.error(error.message) }
 */
export class McpConnectionError extends ApigenError {
  protected readonly [symbol] = true;
  override readonly name = "McpConnectionError" as const;
  /** The source's name, e.g. `mcp:memory`. */
  readonly source: string;
  /** The last lines of the server's stderr, redacted, where there were any. */
  readonly stderr: string | undefined;

  constructor({
    source,
    reason,
    stderr,
    cause,
  }: { source: string; reason: string; stderr?: string; cause?: unknown }) {
    const tail =
      stderr === undefined || stderr.trim() === "" ? "" : `; its stderr ended with: ${stderr.trim()}`;
    super({ message: `Cannot connect to MCP server ${source}: ${reason}${tail}`, cause });
    this.source = source;
    this.stderr = stderr;
  }

  static override isInstance(error: unknown): error is McpConnectionError {
    return ApigenError.hasMarker(error, marker);
  }
}
