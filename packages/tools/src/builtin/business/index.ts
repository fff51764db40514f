import type { BuiltinTool } from "../define-tool.js";

/** Built-in tools of the Business category. */
export const businessTools: readonly BuiltinTool[] = [];
