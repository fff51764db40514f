import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Data category. */
export const dataTools: readonly BuiltinTool[] = [];
