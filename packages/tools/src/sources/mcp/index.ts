export { createMcpSource, type McpSourceOptions, type McpToolSource } from "./create-mcp-source.js";
export { McpConnectionError } from "./mcp-connection-error.js";
export type { McpToolDetails } from "./mcp-tool-to-tool.js";
export type { McpTransportOptions } from "./open-mcp-connection.js";
