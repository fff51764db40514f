export { builtinTools, findBuiltinTool } from "./builtin/builtin-tools.js";
export {
  type BuiltinTool,
  type BuiltinToolDefinition,
  defineTool,
  type InvalidToolExample,
  type ToolContext,
  type ToolExample,
} from "./builtin/define-tool.js";
export { type RunBuiltinToolOptions, runBuiltinTool } from "./builtin/run-builtin-tool.js";
export { ToolArgumentError } from "./errors/tool-argument-error.js";
export {
  type ApigenToolExecutor,
  type CreateBuiltinSourceOptions,
  type CreateToolExecutorOptions,
  createBuiltinSource,
  createToolExecutor,
  type ExecutorOutcome,
  findCloseNames,
  type LimitedResult,
  limitResult,
  type ToolSource,
  type ToolSourceCallOptions,
  ToolSourceError,
} from "./executor/index.js";
export {
  type DetectSandboxOptions,
  defaultSandboxLimits,
  detectSandbox,
  type SandboxedToolSource,
  type SandboxInfo,
  type SandboxKind,
  type SandboxLimits,
  type SandboxLogger,
  type SandboxProtection,
} from "./sandbox/index.js";
export { type CreateJsModuleSourceOptions, createJsModuleSource } from "./sources/js-module/index.js";
export {
  createMcpSource,
  McpConnectionError,
  type McpSourceOptions,
  type McpToolDetails,
  type McpToolSource,
  type McpTransportOptions,
} from "./sources/mcp/index.js";
export {
  createOpenApiSource,
  OpenApiDocumentError,
  type OpenApiOperationInfo,
  type OpenApiSourceOptions,
} from "./sources/openapi/index.js";
export {
  type CreatePythonModuleSourceOptions,
  createPythonModuleSource,
} from "./sources/python-module/index.js";
export {
  type ArgumentProblem,
  type ArgumentValidator,
  createArgumentValidator,
} from "./validation/create-argument-validator.js";
