export type { CategorizedTool } from "@apigen/generator";
export { type OpenRunToolsOptions, openRunTools, type RunTools } from "./open-run-tools.js";
export { type SelectedBuiltinTools, selectBuiltinTools } from "./select-builtin-tools.js";
