import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Health category. */
export const healthTools: readonly BuiltinTool[] = [];
