export { type CreateBuiltinSourceOptions, createBuiltinSource } from "./create-builtin-source.js";
export {
  type ApigenToolExecutor,
  type CreateToolExecutorOptions,
  createToolExecutor,
  type ExecutorOutcome,
} from "./create-tool-executor.js";
export { findCloseNames } from "./find-close-names.js";
export { type LimitedResult, limitResult } from "./limit-result.js";
export type { ToolSource, ToolSourceCallOptions } from "./tool-source.js";
export { ToolSourceError } from "./tool-source-error.js";
