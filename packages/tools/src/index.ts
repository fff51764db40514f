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
  type ArgumentProblem,
  type ArgumentValidator,
  createArgumentValidator,
} from "./validation/create-argument-validator.js";
