import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Environment category. */
export const environmentTools: readonly BuiltinTool[] = [];
