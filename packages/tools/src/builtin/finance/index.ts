import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Finance category. */
export const financeTools: readonly BuiltinTool[] = [];
