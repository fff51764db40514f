import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Tools category. */
export const utilityTools: readonly BuiltinTool[] = [];
