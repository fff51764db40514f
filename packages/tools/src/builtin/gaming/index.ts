import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Gaming category. */
export const gamingTools: readonly BuiltinTool[] = [];
