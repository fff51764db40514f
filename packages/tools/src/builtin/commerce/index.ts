import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Commerce category. */
export const commerceTools: readonly BuiltinTool[] = [];
