import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Entertainment category. */
export const entertainmentTools: readonly BuiltinTool[] = [];
